import { and, desc, eq, isNull, ne, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Tx } from "@/db/client";
import { passwordResetTokens, sessions, tenants, users } from "@/db/schema";
import { withSystemTx } from "@/db/tenant";
import { recordAudit } from "@/lib/audit/service";
import { AppError } from "@/lib/http/errors";
import type { ChangePasswordInput, UpdateProfileInput } from "./account-schemas";
import { type ActorContext, auditContext } from "./actor";
import { hashPassword, verifyPassword } from "./password";
import { assertLoginAllowed, clearLoginFailures, recordLoginFailure } from "./rate-limit";
import type { profileSchema } from "./response-schemas";
import type { SignedIn } from "./service";

// "Your account": the signed-in person's own profile, password and sessions. Users are global
// and sessions live in every organization the person belongs to, so these run as the system
// role, always filtered by the actor's own user id; each change and its audit row (in the
// active organization) commit together.

const SESSION_LIST_LIMIT = 50;

export async function getProfile(actor: Pick<ActorContext["actor"], "userId">): Promise<z.input<typeof profileSchema>> {
  const [row] = await withSystemTx((tx) =>
    tx
      .select({ id: users.id, name: users.name, email: users.email, hasPassword: sql<boolean>`${users.passwordHash} is not null` })
      .from(users)
      .where(eq(users.id, actor.userId)),
  );
  if (!row) throw new AppError("not_found", "Account not found");
  return row;
}

export async function updateProfile(ctx: ActorContext, input: UpdateProfileInput): Promise<z.input<typeof profileSchema>> {
  await withSystemTx(async (tx) => {
    await tx.update(users).set({ name: input.name }).where(eq(users.id, ctx.actor.userId));
    await recordAudit(tx, auditContext(ctx), {
      action: "user.profile_update",
      resourceType: "user",
      resourceId: ctx.actor.userId,
      changes: { name: { from: ctx.actor.name, to: input.name } },
    });
  });
  return getProfile(ctx.actor);
}

/**
 * Changes the password after checking the current one (wrong guesses count toward the login
 * limit). Every other session of the account, in every organization, ends; so do outstanding
 * reset links. Returns the current session under the account's new session version, for the
 * caller to rewrite its cookie.
 */
export async function changePassword(ctx: ActorContext, input: ChangePasswordInput): Promise<SignedIn> {
  const { actor } = ctx;
  await assertLoginAllowed(actor.email, ctx.meta.ip);
  const [user] = await withSystemTx((tx) => tx.select().from(users).where(eq(users.id, actor.userId)));
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await recordLoginFailure(actor.email, ctx.meta.ip);
    throw new AppError("validation_failed", "The current password is not correct", {
      details: [{ path: "currentPassword", message: "The current password is not correct" }],
    });
  }
  await clearLoginFailures(actor.email);
  const passwordHash = await hashPassword(input.newPassword);
  const version = await withSystemTx(async (tx) => {
    const [bumped] = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, actor.userId))
      .returning({ sessionVersion: users.sessionVersion });
    await tx
      .update(passwordResetTokens)
      .set({ usedAt: new Date() })
      .where(and(eq(passwordResetTokens.userId, actor.userId), isNull(passwordResetTokens.usedAt)));
    await endSessionsOf(tx, actor.userId, actor.sessionId);
    await recordAudit(tx, auditContext(ctx), { action: "user.password_change", resourceType: "user", resourceId: actor.userId });
    return bumped!.sessionVersion;
  });
  return {
    userId: actor.userId,
    email: actor.email,
    name: actor.name,
    tenantId: actor.tenantId,
    sessionId: actor.sessionId,
    userVersion: version,
  };
}

/** Ends the user's open sessions in every organization, except `keep`. */
async function endSessionsOf(tx: Tx, userId: string, keep: string | null) {
  return tx
    .update(sessions)
    .set({ endedAt: new Date() })
    .where(and(eq(sessions.userId, userId), isNull(sessions.endedAt), keep ? ne(sessions.id, keep) : undefined))
    .returning({ id: sessions.id });
}

/** The account's open sessions, in every organization, most recently used first. */
export async function listSessions(ctx: ActorContext) {
  const rows = await withSystemTx((tx) =>
    tx
      .select({
        id: sessions.id,
        tenantName: tenants.name,
        ipAddress: sessions.ipAddress,
        userAgent: sessions.userAgent,
        startedAt: sessions.startedAt,
        lastActivityAt: sessions.lastActivityAt,
      })
      .from(sessions)
      .innerJoin(tenants, eq(tenants.id, sessions.tenantId))
      .where(and(eq(sessions.userId, ctx.actor.userId), isNull(sessions.endedAt)))
      .orderBy(desc(sessions.lastActivityAt), desc(sessions.id))
      .limit(SESSION_LIST_LIMIT),
  );
  return rows.map((row) => ({ ...row, current: row.id === ctx.actor.sessionId }));
}

/** Ends one of the account's own sessions (404 for anyone else's, or one already ended). */
export async function endOwnSession(ctx: ActorContext, sessionId: string): Promise<void> {
  if (sessionId === ctx.actor.sessionId) throw new AppError("conflict", "This is the session you are using: sign out instead");
  await withSystemTx(async (tx) => {
    const ended = await tx
      .update(sessions)
      .set({ endedAt: new Date() })
      .where(and(eq(sessions.id, sessionId), eq(sessions.userId, ctx.actor.userId), isNull(sessions.endedAt)))
      .returning({ id: sessions.id });
    if (ended.length === 0) throw new AppError("not_found", "Session not found");
    await recordAudit(tx, auditContext(ctx), { action: "user.session_end", resourceType: "session", resourceId: sessionId });
  });
}

/** "Sign out other devices": every open session of the account but this one ends. */
export async function endOtherSessions(ctx: ActorContext): Promise<{ ended: number }> {
  return withSystemTx(async (tx) => {
    const ended = await endSessionsOf(tx, ctx.actor.userId, ctx.actor.sessionId);
    await recordAudit(tx, auditContext(ctx), {
      action: "user.other_sessions_end",
      resourceType: "user",
      resourceId: ctx.actor.userId,
      changes: { ended: ended.length },
    });
    return { ended: ended.length };
  });
}
