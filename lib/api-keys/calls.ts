import { getDb, sqlOf } from "@/db/client";
import type { ApiKeyRevocationReason, MemberRole, Plan, SubscriptionStatus } from "@/db/schema/enums";

/**
 * What a key's request is decided on, as the database has it now: the key, its creator's role
 * (null once they left) and account, and the tenant's plan. `fingerprint` changes whenever any
 * of it does (drizzle/0031).
 */
export type ApiKeyState = {
  tenantId: string;
  keyId: string;
  keyName: string;
  prefix: string;
  scopes: string[];
  createdByUserId: string;
  expiresAt: Date | null;
  revokedAt: Date | null;
  revocationReason: ApiKeyRevocationReason | null;
  role: MemberRole | null;
  email: string;
  userName: string;
  isActive: boolean;
  isStaff: boolean;
  tenantName: string;
  plan: Plan;
  subscriptionStatus: SubscriptionStatus;
  trialEndsAt: Date | null;
  features: Record<string, boolean>;
  ownerUserId: string | null;
  fingerprint: string;
};

/** The request counted against the key's per-minute window (points used, when it ends), and whether against the plan. */
export type ApiKeyCount = { points: number; expire: Date; counted: boolean };

// Timestamps come as the server writes them: the pool leaves them as text.
type Stamp = string | Date | null;
type Row = Omit<ApiKeyState, "expiresAt" | "revokedAt" | "trialEndsAt"> & {
  expiresAt: Stamp;
  revokedAt: Stamp;
  trialEndsAt: Stamp;
  ratePoints: number | null;
  rateExpire: Stamp;
  counted: boolean;
};

const dateOf = (stamp: Stamp) => (stamp === null ? null : new Date(stamp));

function stateOf(row: Row): ApiKeyState {
  return Object.assign(row, { expiresAt: dateOf(row.expiresAt), revokedAt: dateOf(row.revokedAt), trialEndsAt: dateOf(row.trialEndsAt) });
}

/** What counting is asked for: only when the key's row still has `expect`, the fingerprint decided on. */
export type CountRequest = {
  expect: string | null;
  /** Count against the plan's calls too (the request was admitted), never past `ceiling`. */
  plan: boolean;
  points: number;
  windowMs: number;
  ceiling: number;
  now: Date;
};

const READ_ONLY: CountRequest = { expect: null, plan: false, points: 0, windowMs: 0, ceiling: 0, now: new Date(0) };

/**
 * The key behind `secretHash` and, when its row still has the fingerprint the request was
 * decided on, the request counted: one prepared statement, committed on its own (app_api_key_call).
 * Null for a hash no key has; `count` is null when nothing was counted (the row changed, or
 * none was asked for).
 */
export async function callApiKey(
  secretHash: string,
  request: CountRequest = READ_ONLY,
): Promise<{ state: ApiKeyState; count: ApiKeyCount | null } | null> {
  const { expect, plan, points, windowMs, ceiling, now } = request;
  const [row] = await sqlOf(getDb())<Row[]>`
    select tenant_id as "tenantId", key_id as "keyId", key_name as "keyName", prefix, scopes,
           created_by_user_id as "createdByUserId", expires_at as "expiresAt", revoked_at as "revokedAt",
           revocation_reason as "revocationReason", role, email, user_name as "userName", is_active as "isActive",
           is_platform_staff as "isStaff", tenant_name as "tenantName", plan, subscription_status as "subscriptionStatus",
           trial_ends_at as "trialEndsAt", features, owner_user_id as "ownerUserId", fingerprint,
           rate_points as "ratePoints", rate_expire as "rateExpire", counted
    from app_api_key_call(${secretHash}, ${expect}, ${plan}, ${points}::integer, ${windowMs}::integer, ${ceiling}::bigint, ${now.toISOString()}::timestamptz)`;
  if (!row) return null;
  const expire = dateOf(row.rateExpire);
  const count = row.ratePoints === null || expire === null ? null : { points: row.ratePoints, expire, counted: row.counted };
  return { state: stateOf(row), count };
}
