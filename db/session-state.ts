import { type Database, sqlOf } from "./client";
import type { MemberRole, Plan, SubscriptionStatus } from "./schema/enums";

export type SessionStateRow = {
  role: MemberRole;
  email: string;
  name: string;
  isActive: boolean;
  isStaff: boolean;
  userVersion: number;
  tenantName: string;
  plan: Plan;
  subscriptionStatus: SubscriptionStatus;
  trialEndsAt: string | Date | null;
  features: Record<string, boolean>;
  ownerUserId: string | null;
  /** The given session row exists and has not ended (false when no session id was given). */
  sessionOpen: boolean;
};

/**
 * One membership with its user and tenant, read through row-level security by the
 * `app_session_state` function (drizzle/0012) in a single prepared statement. Not for use inside
 * a transaction: the function's tenant context would outlive the statement.
 */
export async function readSessionState(
  db: Database,
  tenantId: string,
  userId: string,
  sessionId: string | null = null,
): Promise<SessionStateRow | null> {
  const rows = await sqlOf(db)<SessionStateRow[]>`
    select role, email, name, is_active as "isActive", is_platform_staff as "isStaff",
           user_version as "userVersion", tenant_name as "tenantName", plan,
           subscription_status as "subscriptionStatus", trial_ends_at as "trialEndsAt", features, owner_user_id as "ownerUserId",
           session_open as "sessionOpen"
    from app_session_state(${tenantId}::uuid, ${userId}::uuid, ${sessionId}::uuid)`;
  return rows[0] ?? null;
}
