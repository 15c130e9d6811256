import { describe, expect, it } from "vitest";
import { createTenant, META } from "@/scripts/vitest/factories";
import { getUserVersion, signOutEverywhere, signOutSession, startSession } from "./service";
import { validateSessionToken } from "./session-token";

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
