import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLogs, tenants, users } from "@/db/schema";
import { withSystemTx } from "@/db/tenant";
import { changeMemberRole, removeMember } from "@/lib/tenants/members";
import { addMember, createTenant, META } from "@/scripts/vitest/factories";
import type { Actor } from "./actor";
import { getUserVersion, signOutEverywhere, signOutSession, startSession } from "./service";
import { explainEndedSession, runAsSessionMember, validateSessionToken } from "./session-token";

async function tokenFor(t: Awaited<ReturnType<typeof createTenant>>) {
  const sid = await startSession(t.tenantId, t.ownerId, META);
  return { sub: t.ownerId, tenant_id: t.tenantId, sid, uv: (await getUserVersion(t.ownerId)) ?? 0 };
}

describe("validateSessionToken", () => {
  it("accepts a token whose session is open", async () => {
    const t = await createTenant();
    expect(await validateSessionToken(await tokenFor(t))).toMatchObject({ userId: t.ownerId, role: "admin" });
  });

  it("refuses a token once its session was signed out, and only that one", async () => {
    const t = await createTenant();
    const signedOut = await tokenFor(t);
    const other = await tokenFor(t);
    await signOutSession({ userId: t.ownerId, tenantId: t.tenantId, sessionId: signedOut.sid });
    expect(await validateSessionToken(signedOut)).toBeNull();
    expect(await validateSessionToken(other)).not.toBeNull();
  });

  it("refuses a token without a session id or with another user's session", async () => {
    const t = await createTenant();
    const u = await createTenant();
    const token = await tokenFor(t);
    expect(await validateSessionToken({ ...token, sid: null })).toBeNull();
    expect(await validateSessionToken({ ...token, sid: (await tokenFor(u)).sid })).toBeNull();
  });

  it("signing out everywhere refuses every token of the user, in every tenant", async () => {
    const t = await createTenant();
    const tokens = [await tokenFor(t), await tokenFor(t)];
    await signOutEverywhere(t.owner);
    for (const token of tokens) expect(await validateSessionToken(token)).toBeNull();
    expect(await validateSessionToken(await tokenFor(t))).not.toBeNull();
  });

  it("signing out of a session outside any organization ends it by the account's version", async () => {
    const t = await createTenant();
    const uv = (await getUserVersion(t.ownerId)) ?? 0;
    const tenantless = { sub: t.ownerId, tenant_id: null, sid: null, uv };
    expect(await validateSessionToken(tenantless)).toBe("no-tenant");
    await signOutSession({ userId: t.ownerId, tenantId: null, sessionId: null });
    expect(await validateSessionToken(tenantless)).toBeNull();
  });
});

const SALT = "authjs.session-token";

/** The cookies of a browser signed in to a new session of `userId` in `tenantId`. */
async function signedInCookies(tenantId: string, userId: string) {
  const sid = await startSession(tenantId, userId, META);
  const token = { sub: userId, tenant_id: tenantId, sid, uv: (await getUserVersion(userId)) ?? 0 };
  const value = await encode({ salt: SALT, secret: process.env.AUTH_SECRET!, token });
  return { sid, cookies: { get: (name: string) => (name === SALT ? { value } : undefined) } };
}

/**
 * A request that reads its tenant through its transaction and says who it ran as; `answered`
 * gets the tenant of every read the database answered.
 */
function probe(answered: string[] = [], seen: Actor["role"][] = []) {
  return async (actor: Actor, tx: Parameters<Parameters<typeof runAsSessionMember>[1]>[1]) => {
    seen.push(actor.role);
    const [row] = await tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.id, actor.tenantId));
    answered.push(row!.id);
    return actor.role;
  };
}

describe("runAsSessionMember", () => {
  it("runs a request as the signed-in member, again on the next request (whose check travels with its first query)", async () => {
    const t = await createTenant();
    const { cookies } = await signedInCookies(t.tenantId, t.ownerId);
    const answered: string[] = [];
    expect(await runAsSessionMember(cookies, probe(answered))).toMatchObject({
      actor: { userId: t.ownerId, role: "admin" },
      result: "admin",
    });
    expect(await runAsSessionMember(cookies, probe(answered))).toMatchObject({ result: "admin" });
    expect(answered).toEqual([t.tenantId, t.tenantId]);
  });

  it("refuses a cookie without a session", async () => {
    expect(await runAsSessionMember({ get: () => undefined }, probe())).toBeNull();
  });

  type Member = Awaited<ReturnType<typeof addMember>>;
  const revocations: [string, (t: Awaited<ReturnType<typeof createTenant>>, member: Member, sid: string) => Promise<unknown>][] = [
    ["the member was removed", (t, member) => removeMember(t.owner, member.userId)],
    ["the session was signed out", (t, member, sid) => signOutSession({ userId: member.userId, tenantId: t.tenantId, sessionId: sid })],
    ["the member signed out everywhere", (_t, member) => signOutEverywhere(member.ctx)],
    ["the account was deactivated", (_t, member) => getDb().update(users).set({ isActive: false }).where(eq(users.id, member.userId))],
  ];

  it.each(revocations)("refuses the next request once %s, and none of its statements run", async (_name, revoke) => {
    const t = await createTenant();
    const member = await addMember(t.owner, "user");
    const { cookies, sid } = await signedInCookies(t.tenantId, member.userId);
    const answered: string[] = [];
    expect(await runAsSessionMember(cookies, probe(answered))).not.toBeNull();
    await revoke(t, member, sid);
    expect(await runAsSessionMember(cookies, probe(answered))).toBeNull();
    expect(answered).toEqual([t.tenantId]);
  });

  it("runs the request again as the member found when the role changed since the last one", async () => {
    const t = await createTenant();
    const member = await addMember(t.owner, "user");
    const { cookies } = await signedInCookies(t.tenantId, member.userId);
    expect(await runAsSessionMember(cookies, probe())).toMatchObject({ result: "user" });
    await changeMemberRole(t.owner, member.userId, "viewer");
    const seen: Actor["role"][] = [];
    expect(await runAsSessionMember(cookies, probe([], seen))).toMatchObject({ actor: { role: "viewer" }, result: "viewer" });
    expect(seen).toEqual(["user", "viewer"]);
  });

  it("runs a request in a read-only transaction: a write in it is refused, seen before or not", async () => {
    const t = await createTenant();
    const { cookies } = await signedInCookies(t.tenantId, t.ownerId);
    const write = (actor: Actor, tx: Parameters<Parameters<typeof runAsSessionMember>[1]>[1]) =>
      tx.insert(auditLogs).values({ tenantId: actor.tenantId, action: "test.probe", resourceType: "probe", resourceId: randomUUID() });
    for (let i = 0; i < 2; i++) await expect(runAsSessionMember(cookies, write)).rejects.toMatchObject({ cause: { code: "25006" } });
  });

  it("also runs it again when the tenant changed (plan, name), so a request never sees a stale organization", async () => {
    const t = await createTenant();
    const { cookies } = await signedInCookies(t.tenantId, t.ownerId);
    const names: string[] = [];
    const work = async (actor: Actor) => {
      names.push(actor.tenantName);
      return actor.tenantName;
    };
    await runAsSessionMember(cookies, work);
    await withSystemTx((tx) => tx.update(tenants).set({ name: "Renamed Co" }).where(eq(tenants.id, t.tenantId)));
    expect(await runAsSessionMember(cookies, work)).toMatchObject({ result: "Renamed Co" });
    expect(names.slice(1)).toEqual([names[0], "Renamed Co"]);
  });
});

describe("explainEndedSession", () => {
  it("says a removed member was removed, and nothing for a session ended any other way", async () => {
    const t = await createTenant();
    const removed = await addMember(t.owner, "user");
    const removedCookie = await signedInCookies(t.tenantId, removed.userId);
    expect(await explainEndedSession(removedCookie.cookies)).toBeNull();
    await removeMember(t.owner, removed.userId);
    expect(await explainEndedSession(removedCookie.cookies)).toBe("removed");

    const signedOut = await addMember(t.owner, "user");
    const signedOutCookie = await signedInCookies(t.tenantId, signedOut.userId);
    await signOutEverywhere(signedOut.ctx);
    expect(await explainEndedSession(signedOutCookie.cookies)).toBeNull();
    expect(await explainEndedSession({ get: () => undefined })).toBeNull();
  });
});
