import { type Database, sqlOf, type Tx } from "./client";
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

/** The session a member's request runs in, as its token names it. */
export type SessionKey = { tenantId: string; userId: string; sessionId: string; userVersion: number | null };

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

/**
 * The same state read as the first statement of a transaction, which it scopes to the tenant
 * (`app_session_begin`, drizzle/0016). When the session no longer stands the statement fails
 * (isSessionRefused) and aborts the transaction, so no later statement in it runs.
 */
export async function checkSessionInTx(tx: Tx, key: SessionKey): Promise<SessionStateRow> {
  const rows = await sqlOf(tx)<SessionStateRow[]>`
    select role, email, name, is_active as "isActive", is_platform_staff as "isStaff",
           user_version as "userVersion", tenant_name as "tenantName", plan,
           subscription_status as "subscriptionStatus", trial_ends_at as "trialEndsAt", features, owner_user_id as "ownerUserId",
           session_open as "sessionOpen"
    from app_session_begin(${key.tenantId}::uuid, ${key.userId}::uuid, ${key.sessionId}::uuid, ${key.userVersion}::integer)`;
  const [row] = rows;
  if (!row) throw new Error("app_session_begin answered without a row");
  return row;
}
