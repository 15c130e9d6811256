import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLogs, invitations, tenants } from "@/db/schema";
import { withSystemTx, withTenantTx } from "@/db/tenant";
import { getSessionState } from "@/lib/auth/service";
import { listOutboxMessages } from "@/lib/email/outbox";
import { addMember, createTenant, invitationTokenFor, META, PASSWORD, uniqueEmail } from "@/scripts/vitest/factories";
import { acceptInvitation, inviteMember, resendInvitation, revokeInvitation } from "./invitations";
import { listPendingInvitations } from "./queries";

describe("invitations", () => {
  let owner: Awaited<ReturnType<typeof createTenant>>;
  beforeAll(async () => {
    // Unlimited seats, so these cases do not run into the seat limit.
    owner = await createTenant({ plan: "enterprise" });
  });

  it("invites, emails a link and lets a new person join with the invited role", async () => {
    const member = await addMember(owner.owner, "viewer");
    const state = await getSessionState(owner.tenantId, member.userId);
    expect(state?.role).toBe("viewer");
    const actions = await withTenantTx(owner.tenantId, (tx) =>
      tx.select({ action: auditLogs.action }).from(auditLogs).where(eq(auditLogs.tenantId, owner.tenantId)),
    );
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["member.invite", "member.join"]));
  });

  it("links the email to the host name the inviter is on when it is one of ours, else to APP_URL", async () => {
    const onTrusted = uniqueEmail();
    await inviteMember({ ...owner.owner, meta: { ...META, appOrigin: "http://127.0.0.1:3000" } }, { email: onTrusted, role: "user" });
    const [trusted] = await listOutboxMessages({ to: onTrusted, limit: 1 });
    expect(trusted?.text).toContain("http://127.0.0.1:3000/invitations/");

    const direct = uniqueEmail();
    await inviteMember(owner.owner, { email: direct, role: "user" });
    const [fallback] = await listOutboxMessages({ to: direct, limit: 1 });
    expect(fallback?.text).toContain("http://localhost:3000/invitations/");
  });

  it("stores only a hash of the token", async () => {
    const email = uniqueEmail();
    await inviteMember(owner.owner, { email, role: "user" });
    const token = await invitationTokenFor(email);
    const rows = await withTenantTx(owner.tenantId, (tx) => tx.select().from(invitations).where(eq(invitations.email, email)));
    expect(rows[0]!.tokenHash).not.toContain(token);
    expect(rows[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses a second use of the same link (409)", async () => {
    const email = uniqueEmail();
    await inviteMember(owner.owner, { email, role: "user" });
    const token = await invitationTokenFor(email);
    await acceptInvitation(token, null, { name: "First", password: PASSWORD }, META);
    await expect(acceptInvitation(token, null, { name: "Again", password: PASSWORD }, META)).rejects.toMatchObject({ code: "conflict" });
  });

  it("refuses an expired link", async () => {
    const email = uniqueEmail();
    const invitation = await inviteMember(owner.owner, { email, role: "user" });
    const token = await invitationTokenFor(email);
    await withTenantTx(owner.tenantId, (tx) =>
      tx
        .update(invitations)
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .where(eq(invitations.id, invitation.id)),
    );
    await expect(acceptInvitation(token, null, { name: "Late", password: PASSWORD }, META)).rejects.toMatchObject({
      code: "bad_request",
      message: expect.stringContaining("expired"),
    });
  });

  it("a revoked link stops working and leaves the pending list", async () => {
    const email = uniqueEmail();
    const invitation = await inviteMember(owner.owner, { email, role: "user" });
    const token = await invitationTokenFor(email);
    await revokeInvitation(owner.owner, invitation.id);
    await expect(acceptInvitation(token, null, { name: "X", password: PASSWORD }, META)).rejects.toMatchObject({ code: "not_found" });
    const pending = await withTenantTx(owner.tenantId, (tx) => listPendingInvitations(tx, owner.tenantId));
    expect(pending.map((p) => p.email)).not.toContain(email);
  });

  it("resending replaces the link: the old one fails, the new one works", async () => {
    const email = uniqueEmail();
    const invitation = await inviteMember(owner.owner, { email, role: "user" });
    const oldToken = await invitationTokenFor(email);
    await resendInvitation(owner.owner, invitation.id);
    const newToken = await invitationTokenFor(email);
    expect(newToken).not.toBe(oldToken);
    await expect(acceptInvitation(oldToken, null, { name: "X", password: PASSWORD }, META)).rejects.toMatchObject({ code: "not_found" });
    await expect(acceptInvitation(newToken, null, { name: "X", password: PASSWORD }, META)).resolves.toMatchObject({ created: true });
  });

  it("a signed-in user must accept with the invited email", async () => {
    const email = uniqueEmail();
    await inviteMember(owner.owner, { email, role: "user" });
    const token = await invitationTokenFor(email);
    const other = await createTenant();
    await expect(acceptInvitation(token, { userId: other.ownerId, email: other.ownerEmail }, {}, META)).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("an existing user in another tenant joins by accepting while signed in", async () => {
    const other = await createTenant();
    await inviteMember(owner.owner, { email: other.ownerEmail, role: "user" });
    const token = await invitationTokenFor(other.ownerEmail);
    await acceptInvitation(token, { userId: other.ownerId, email: other.ownerEmail }, {}, META);
    expect((await getSessionState(owner.tenantId, other.ownerId))?.role).toBe("user");
    expect((await getSessionState(other.tenantId, other.ownerId))?.role).toBe("admin");
  });

  it("refuses inviting someone already a member or already invited (409)", async () => {
    await expect(inviteMember(owner.owner, { email: owner.ownerEmail, role: "user" })).rejects.toMatchObject({ code: "conflict" });
    const email = uniqueEmail();
    await inviteMember(owner.owner, { email, role: "user" });
    await expect(inviteMember(owner.owner, { email: email.toUpperCase(), role: "user" })).rejects.toMatchObject({ code: "conflict" });
  });
});

describe("seat limits", () => {
  it("starter has one seat: the first invitation is refused with 402 plan_limit", async () => {
    const { owner } = await createTenant({ plan: "starter" });
    await expect(inviteMember(owner, { email: uniqueEmail(), role: "user" })).rejects.toMatchObject({
      code: "plan_limit",
      status: 402,
      message: expect.stringMatching(/allows 1 team member;.*Upgrade to Professional/),
    });
  });

  it("professional has five seats, counting pending invitations", async () => {
    const { owner } = await createTenant({ plan: "professional" });
    for (let i = 0; i < 4; i++) await inviteMember(owner, { email: uniqueEmail(), role: "user" });
    await expect(inviteMember(owner, { email: uniqueEmail(), role: "user" })).rejects.toMatchObject({ code: "plan_limit" });
  });

  it("concurrent invitations cannot overshoot the limit", async () => {
    const { owner } = await createTenant({ plan: "professional" });
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => inviteMember(owner, { email: uniqueEmail(), role: "user" })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(4);
  });

  it("accepting is refused when the seats filled up after the invitation was sent", async () => {
    const t = await createTenant({ plan: "professional" });
    const email = uniqueEmail();
    await inviteMember(t.owner, { email, role: "user" });
    const token = await invitationTokenFor(email);
    await withSystemTx((tx) => tx.update(tenants).set({ plan: "starter" }).where(eq(tenants.id, t.tenantId)));
    await expect(acceptInvitation(token, null, { name: "X", password: PASSWORD }, META)).rejects.toMatchObject({ code: "plan_limit" });
  });
});
