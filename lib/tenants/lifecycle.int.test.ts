import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLogs, memberships, tenants } from "@/db/schema";
import { withSystemTx, withTenantTx } from "@/db/tenant";
import { getSessionState } from "@/lib/auth/service";
import { actorFor, addMember, createTenant, invitationTokenFor, META } from "@/scripts/vitest/factories";
import { acceptInvitation, inviteMember } from "./invitations";
import { deleteTenant, updateTenant } from "./lifecycle";
import { listMembers } from "./queries";

describe("sign-up", () => {
  it("creates the user, a trialing professional tenant and an admin owner membership", async () => {
    const { tenantId, ownerId } = await createTenant({ company: "Spray Works" });
    const tenant = await withSystemTx(async (tx) => (await tx.select().from(tenants).where(eq(tenants.id, tenantId)))[0]!);
    expect(tenant).toMatchObject({ name: "Spray Works", plan: "professional", subscriptionStatus: "trialing", ownerUserId: ownerId });
    const trialDays = (tenant.trialEndsAt!.getTime() - Date.now()) / 86_400_000;
    expect(trialDays).toBeGreaterThan(13.9);
    expect(trialDays).toBeLessThanOrEqual(14);
    const members = await withTenantTx(tenantId, (tx) => listMembers(tx, tenantId));
    expect(members).toEqual([expect.objectContaining({ userId: ownerId, role: "admin" })]);
  });

  it("gives two companies with the same name distinct slugs", async () => {
    const one = await createTenant({ company: "Twin Coatings" });
    const two = await createTenant({ company: "Twin Coatings" });
    const slugs = await withSystemTx((tx) => tx.select({ slug: tenants.slug }).from(tenants).where(eq(tenants.name, "Twin Coatings")));
    expect(new Set(slugs.map((s) => s.slug)).size).toBe(2);
    expect(one.tenantId).not.toBe(two.tenantId);
  });
});

describe("organization", () => {
  it("renames with an audited diff", async () => {
    const t = await createTenant({ company: "Old Name" });
    const updated = await updateTenant(t.owner, { name: "New Name", billingEmail: "ap@example.test" });
    expect(updated).toMatchObject({ name: "New Name", billingEmail: "ap@example.test" });
    const [entry] = await withTenantTx(t.tenantId, (tx) => tx.select().from(auditLogs).where(eq(auditLogs.action, "tenant.update")));
    expect(entry!.changes).toMatchObject({ name: { from: "Old Name", to: "New Name" } });
  });

  it("only the owner deletes, after typing the exact name; all data goes", async () => {
    const t = await createTenant({ company: "Doomed Inc" });
    const admin = await addMember(t.owner, "admin");
    await expect(deleteTenant(admin.ctx, "Doomed Inc")).rejects.toMatchObject({ code: "forbidden" });
    await expect(deleteTenant(t.owner, "doomed inc")).rejects.toMatchObject({ code: "validation_failed" });
    await deleteTenant(t.owner, "Doomed Inc");
    const left = await withSystemTx(async (tx) => ({
      tenants: await tx.select().from(tenants).where(eq(tenants.id, t.tenantId)),
      memberships: await tx.select().from(memberships).where(eq(memberships.tenantId, t.tenantId)),
      audit: await tx.select().from(auditLogs).where(eq(auditLogs.tenantId, t.tenantId)),
    }));
    expect(left).toEqual({ tenants: [], memberships: [], audit: [] });
  });

  it("deleting one tenant keeps members' accounts that belong to other tenants", async () => {
    const doomed = await createTenant();
    const other = await createTenant();
    await inviteMember(doomed.owner, { email: other.ownerEmail, role: "user" });
    await acceptInvitation(await invitationTokenFor(other.ownerEmail), { userId: other.ownerId, email: other.ownerEmail }, {}, META);
    await deleteTenant(doomed.owner, (await actorFor(doomed.tenantId, doomed.ownerId)).actor.tenantName);
    expect(await getSessionState(other.tenantId, other.ownerId)).not.toBeNull();
  });
});
