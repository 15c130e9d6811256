import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLogs, users } from "@/db/schema";
import { withSystemTx, withTenantTx } from "@/db/tenant";
import { listOutboxMessages } from "@/lib/email/outbox";
import { createTenant, META, PASSWORD } from "@/scripts/vitest/factories";
import { changePassword, endOtherSessions, endOwnSession, getProfile, listSessions, updateProfile } from "./account";
import { authenticate, getSessionState, requestPasswordReset, resetPassword, startSession } from "./service";

const NEW_PASSWORD = "a-new-and-longer-passphrase";

/** The owner signed in twice (this device and another), with the context of the first. */
async function ownerWithTwoSessions() {
  const tenant = await createTenant();
  const current = await startSession(tenant.tenantId, tenant.ownerId, META);
  const other = await startSession(tenant.tenantId, tenant.ownerId, META);
  const ctx = { ...tenant.owner, actor: { ...tenant.owner.actor, sessionId: current } };
  return { tenant, ctx, current, other };
}

async function isOpen(tenantId: string, userId: string, sessionId: string): Promise<boolean> {
  return (await getSessionState(tenantId, userId, sessionId))?.sessionOpen ?? false;
}

describe("your account", () => {
  it("changes one's name, audited in the active organization", async () => {
    const { tenant, ctx } = await ownerWithTwoSessions();
    expect((await updateProfile(ctx, { name: "Renamed Owner" })).name).toBe("Renamed Owner");
    expect((await getProfile(ctx.actor)).name).toBe("Renamed Owner");
    const actions = await withTenantTx(tenant.tenantId, (tx) =>
      tx.select({ action: auditLogs.action }).from(auditLogs).where(eq(auditLogs.tenantId, tenant.tenantId)),
    );
    expect(actions.map((a) => a.action)).toContain("user.profile_update");
  });

  it("refuses a password change with the wrong current password (422, nothing changes)", async () => {
    const { tenant, ctx, other } = await ownerWithTwoSessions();
    await expect(changePassword(ctx, { currentPassword: "not-the-password", newPassword: NEW_PASSWORD })).rejects.toMatchObject({
      code: "validation_failed",
      details: [{ path: "currentPassword" }],
    });
    expect(await isOpen(tenant.tenantId, tenant.ownerId, other)).toBe(true);
    expect(await authenticate({ email: tenant.ownerEmail, password: PASSWORD }, META)).not.toBeNull();
  });

  it("a password change ends every other session and reset link, and keeps this one under a new version", async () => {
    const { tenant, ctx, current, other } = await ownerWithTwoSessions();
    await requestPasswordReset(tenant.ownerEmail);
    const [mail] = await listOutboxMessages({ to: tenant.ownerEmail, limit: 1 });
    const resetToken = mail!.text.match(/token=([A-Za-z0-9_-]+)/)![1]!;
    const before = await getSessionState(tenant.tenantId, tenant.ownerId);

    const signedIn = await changePassword(ctx, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD });

    expect(signedIn).toMatchObject({ sessionId: current, tenantId: tenant.tenantId, userVersion: before!.userVersion + 1 });
    expect(await isOpen(tenant.tenantId, tenant.ownerId, current)).toBe(true);
    expect(await isOpen(tenant.tenantId, tenant.ownerId, other)).toBe(false);
    await expect(resetPassword({ token: resetToken, password: "yet-another-passphrase" })).rejects.toMatchObject({ code: "bad_request" });
    expect(await authenticate({ email: tenant.ownerEmail, password: PASSWORD }, META)).toBeNull();
    expect(await authenticate({ email: tenant.ownerEmail, password: NEW_PASSWORD }, META)).not.toBeNull();
  });

  it("lists one's open sessions with this one marked, and ends the others on request", async () => {
    const { tenant, ctx, current, other } = await ownerWithTwoSessions();
    const listed = await listSessions(ctx);
    expect(listed.map((s) => s.id)).toEqual(expect.arrayContaining([current, other]));
    expect(listed.find((s) => s.id === current)?.current).toBe(true);
    expect(listed.find((s) => s.id === other)).toMatchObject({ current: false, tenantName: expect.any(String), userAgent: "vitest" });

    expect(await endOtherSessions(ctx)).toEqual({ ended: expect.any(Number) });
    expect(await isOpen(tenant.tenantId, tenant.ownerId, other)).toBe(false);
    expect((await listSessions(ctx)).map((s) => s.id)).toEqual([current]);
  });

  it("ends one other session; this one is a conflict, someone else's is a 404", async () => {
    const mine = await ownerWithTwoSessions();
    const theirs = await ownerWithTwoSessions();
    await expect(endOwnSession(mine.ctx, mine.current)).rejects.toMatchObject({ code: "conflict" });
    await expect(endOwnSession(mine.ctx, theirs.other)).rejects.toMatchObject({ code: "not_found" });
    expect(await isOpen(theirs.tenant.tenantId, theirs.tenant.ownerId, theirs.other)).toBe(true);

    await endOwnSession(mine.ctx, mine.other);
    expect(await isOpen(mine.tenant.tenantId, mine.tenant.ownerId, mine.other)).toBe(false);
    await expect(endOwnSession(mine.ctx, mine.other)).rejects.toMatchObject({ code: "not_found" });
  });

  it("the profile is one's own: another person's account is untouched", async () => {
    const mine = await ownerWithTwoSessions();
    const theirs = await ownerWithTwoSessions();
    await updateProfile(mine.ctx, { name: "Only Me" });
    const [row] = await withSystemTx((tx) => tx.select({ name: users.name }).from(users).where(eq(users.id, theirs.tenant.ownerId)));
    expect(row?.name).toBe("Owner");
  });
});
