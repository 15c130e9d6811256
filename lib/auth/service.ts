import { randomUUID } from "node:crypto";
import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { memberships, passwordResetTokens, sessions, users } from "@/db/schema";
import { readSessionState, type SessionKey, type SessionStateRow } from "@/db/session-state";
import { withSessionTx, withSystemTx, withTenantTx } from "@/db/tenant";
import { recordAudit } from "@/lib/audit/service";
import { PLANS, TRIAL_DAYS, TRIAL_PLAN } from "@/lib/billing/plans";
import { enqueueEmail, scheduleEmailDelivery } from "@/lib/email/outbox";
import { passwordResetEmail, welcomeEmail } from "@/lib/email/templates";
import { AppError } from "@/lib/http/errors";
import type { RequestMeta } from "@/lib/http/request";
import { appLink } from "@/lib/http/request";
import { createTenant } from "@/lib/tenants/lifecycle";
import { type Actor, type ActorContext, auditContext } from "./actor";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "./password";
import { allowPasswordResetEmail, assertLoginAllowed, clearLoginFailures, recordLoginFailure } from "./rate-limit";
import type { LoginInput, ResetPasswordInput, SignupInput } from "./schemas";
import { createToken, hashToken } from "./tokens";

const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;

export type SignedIn = {
  userId: string;
  email: string;
  name: string;
  tenantId: string | null;
  sessionId: string | null;
  userVersion: number;
};

/** Sign-up: the user, their tenant (trialing Professional) and an admin membership, atomically. */
export async function signUp(input: SignupInput, meta: RequestMeta): Promise<{ userId: string; tenantId: string }> {
  const passwordHash = await hashPassword(input.password);
  const tenantId = randomUUID();
  try {
    const signedUp = await withTenantTx(tenantId, async (tx) => {
      const [user] = await tx.insert(users).values({ email: input.email, name: input.name, passwordHash }).returning({ id: users.id });
      if (!user) throw new Error("user insert returned nothing");
      const ctx = { tenantId, userId: user.id, ...meta };
      await createTenant(tx, ctx, {
        id: tenantId,
        name: input.companyName,
        ownerUserId: user.id,
        plan: TRIAL_PLAN,
        subscriptionStatus: "trialing",
        trialEndsAt: new Date(Date.now() + TRIAL_DAYS * 24 * 60 * 60 * 1000),
        billingEmail: input.email,
      });
      await recordAudit(tx, ctx, { action: "user.signup", resourceType: "user", resourceId: user.id, changes: { email: input.email } });
      const welcome = welcomeEmail({
        name: input.name,
        tenantName: input.companyName,
        trialDays: TRIAL_DAYS,
        url: appLink(meta, "/configurations/new"),
      });
      await enqueueEmail(tx, { tenantId, kind: "welcome", to: input.email, ...welcome });
      return { userId: user.id, tenantId };
    });
    scheduleEmailDelivery();
    return signedUp;
  } catch (error) {
    if (isUniqueViolation(error, "users_email_lower_idx")) {
      throw new AppError("conflict", "An account with this email already exists. Sign in instead.", {
        details: [{ path: "email", message: "An account with this email already exists" }],
      });
    }
    throw error;
  }
}

async function findUserByEmail(email: string) {
  const [user] = await getDb()
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return user ?? null;
}

/**
 * Credentials sign-in: rate-limited per account and per IP; on success opens a session in the
 * requested tenant (or the user's first one) and records the login.
 */
export async function authenticate(input: LoginInput, meta: RequestMeta): Promise<SignedIn | null> {
  await assertLoginAllowed(input.email, meta.ip);
  const user = await findUserByEmail(input.email);
  const valid =
    user?.isActive && user.passwordHash
      ? await verifyPassword(user.passwordHash, input.password)
      : await verifyAgainstDummy(input.password);
  if (!user || !valid) {
    await recordLoginFailure(input.email, meta.ip);
    return null;
  }
  await clearLoginFailures(input.email);
  return openSession(user, input.tenantId ?? null, meta);
}

/** Starts a session for a verified user (password, OAuth, just-accepted invitation). */
export async function openSession(
  user: { id: string; email: string; name: string; sessionVersion: number },
  preferredTenantId: string | null,
  meta: RequestMeta,
): Promise<SignedIn> {
  const tenantId = await pickTenant(user.id, preferredTenantId);
  const sessionId = tenantId ? await startSession(tenantId, user.id, meta) : null;
  await getDb().update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
  return { userId: user.id, email: user.email, name: user.name, tenantId, sessionId, userVersion: user.sessionVersion };
}

async function pickTenant(userId: string, preferred: string | null): Promise<string | null> {
  return withSystemTx(async (tx) => {
    const rows = await tx
      .select({ tenantId: memberships.tenantId })
      .from(memberships)
      .where(eq(memberships.userId, userId))
      .orderBy(asc(memberships.createdAt));
    const ids = rows.map((r) => r.tenantId);
    return (preferred && ids.includes(preferred) ? preferred : ids[0]) ?? null;
  });
}

export async function startSession(tenantId: string, userId: string, meta: RequestMeta): Promise<string> {
  return withTenantTx(tenantId, async (tx) => {
    const [row] = await tx
      .insert(sessions)
      .values({ tenantId, userId, ipAddress: meta.ip, userAgent: meta.userAgent })
      .returning({ id: sessions.id });
    if (!row) throw new Error("session insert returned nothing");
    return row.id;
  });
}

export async function endSession(tenantId: string, sessionId: string): Promise<void> {
  await withTenantTx(tenantId, (tx) =>
    tx
      .update(sessions)
      .set({ endedAt: new Date() })
      .where(and(eq(sessions.tenantId, tenantId), eq(sessions.id, sessionId), isNull(sessions.endedAt))),
  );
}

/**
 * Ends one session so its cookie is refused on the next request. A session outside any
 * organization has no row to end, so the account's session version is bumped instead.
 */
export async function signOutSession(token: { userId: string; tenantId: string | null; sessionId: string | null }): Promise<void> {
  if (token.tenantId && token.sessionId) return endSession(token.tenantId, token.sessionId);
  await bumpSessionVersion(token.userId);
}

/** "Sign out everywhere": every session of the user, in every organization, ends now. */
export async function signOutEverywhere(ctx: ActorContext): Promise<void> {
  await bumpSessionVersion(ctx.actor.userId);
  await withSystemTx((tx) =>
    tx
      .update(sessions)
      .set({ endedAt: new Date() })
      .where(and(eq(sessions.userId, ctx.actor.userId), isNull(sessions.endedAt))),
  );
  await withTenantTx(ctx.actor.tenantId, (tx) =>
    recordAudit(tx, auditContext(ctx), { action: "user.signed_out_everywhere", resourceType: "user", resourceId: ctx.actor.userId }),
  );
}

async function bumpSessionVersion(userId: string): Promise<void> {
  await getDb()
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
}

export async function touchSession(tenantId: string, sessionId: string): Promise<void> {
  await withTenantTx(tenantId, (tx) =>
    tx
      .update(sessions)
      .set({ lastActivityAt: new Date() })
      .where(and(eq(sessions.tenantId, tenantId), eq(sessions.id, sessionId))),
  );
}

export type SessionState = Omit<Actor, "sessionId"> & { userVersion: number; isActive: boolean; sessionOpen: boolean };

/**
 * The live state behind a session token: membership, role, plan and revocation counters, and
 * whether the token's session row is still open. Read on every request, so removal, role
 * changes, sign-out and password resets apply at once.
 */
export async function getSessionState(tenantId: string, userId: string, sessionId: string | null = null): Promise<SessionState | null> {
  const row = await readSessionState(getDb(), tenantId, userId, sessionId);
  return row ? toSessionState(row, tenantId, userId) : null;
}

/**
 * `work` in a tenant transaction that opens by re-checking the session (withSessionTx), in the
 * same round trip as work's first query. Rejects (isSessionRefused) when the session no longer
 * stands: removed member, inactive account, signed-out session or revoked sessions.
 */
export async function runInCheckedSession<T>(key: SessionKey, work: (tx: Tx, checked: Promise<SessionState>) => Promise<T>): Promise<T> {
  return withSessionTx(key, (tx, row) => {
    const checked = row.then((r) => toSessionState(r, key.tenantId, key.userId));
    checked.catch(() => {}); // awaited by work once its own statements are answered
    return work(tx, checked);
  });
}

function toSessionState(row: SessionStateRow, tenantId: string, userId: string): SessionState {
  return {
    userId,
    tenantId,
    email: row.email,
    name: row.name,
    role: row.role,
    isActive: row.isActive,
    isStaff: row.isStaff,
    isOwner: row.ownerUserId === userId,
    userVersion: row.userVersion,
    tenantName: row.tenantName,
    plan: row.plan,
    subscriptionStatus: row.subscriptionStatus,
    trialEndsAt: row.trialEndsAt === null ? null : new Date(row.trialEndsAt).toISOString(),
    features: { ...PLANS[row.plan].features, ...row.features },
    sessionOpen: row.sessionOpen,
  };
}

export async function getUserVersion(userId: string): Promise<number | null> {
  const [row] = await getDb().select({ v: users.sessionVersion, active: users.isActive }).from(users).where(eq(users.id, userId));
  return row?.active ? row.v : null;
}

/** Always succeeds from the caller's view, so it cannot be used to probe for accounts. */
export async function requestPasswordReset(email: string, meta?: { appOrigin?: string }): Promise<void> {
  const user = await findUserByEmail(email);
  if (!user?.isActive || !(await allowPasswordResetEmail(user.email))) return;
  const { token, tokenHash } = createToken();
  const url = appLink(meta, `/reset-password?token=${encodeURIComponent(token)}`);
  await getDb().transaction(async (tx) => {
    await tx.insert(passwordResetTokens).values({
      userId: user.id,
      tokenHash,
      expiresAt: new Date(Date.now() + RESET_TOKEN_TTL_MS),
    });
    await enqueueEmail(tx, { tenantId: null, kind: "password_reset", to: user.email, ...passwordResetEmail({ name: user.name, url }) });
  });
  scheduleEmailDelivery();
}

/** Sets a new password with a single-use token and revokes every session of the user. */
export async function resetPassword(input: ResetPasswordInput): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  const invalid = new AppError("bad_request", "This reset link is invalid or has expired. Ask for a new one.");
  await getDb().transaction(async (tx) => {
    const [claimed] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(passwordResetTokens.tokenHash, hashToken(input.token)),
          isNull(passwordResetTokens.usedAt),
          gt(passwordResetTokens.expiresAt, new Date()),
        ),
      )
      .returning({ userId: passwordResetTokens.userId });
    if (!claimed) throw invalid;
    // Any other link sent before this reset dies with it.
    await tx
      .update(passwordResetTokens)
      .set({ usedAt: new Date() })
      .where(and(eq(passwordResetTokens.userId, claimed.userId), isNull(passwordResetTokens.usedAt)));
    await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, claimed.userId));
  });
}
