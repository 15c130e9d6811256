import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLogs } from "@/db/schema";
import { withTenantTx } from "@/db/tenant";
import { getSessionState } from "@/lib/auth/service";
import { addMember, createTenant, META, uniqueEmail } from "@/scripts/vitest/factories";
import { inviteMember, resendInvitation, revokeInvitation } from "./invitations";
import { changeMemberRole, removeMember } from "./members";

describe("members", () => {
  it("a role change applies to the member's next request and is audited", async () => {
    const t = await createTenant();
    const member = await addMember(t.owner, "user");
    await changeMemberRole(t.owner, member.userId, "viewer");
    expect((await getSessionState(t.tenantId, member.userId))?.role).toBe("viewer");
    const [entry] = await withTenantTx(t.tenantId, (tx) => tx.select().from(auditLogs).where(eq(auditLogs.action, "member.role_change")));
    expect(entry).toMatchObject({ userId: t.ownerId, resourceId: member.userId, ipAddress: META.ip, userAgent: META.userAgent });
    expect(entry!.changes).toMatchObject({ role: { from: "user", to: "viewer" } });
  });

  it("a removed member has no session state (signed out on the next request)", async () => {
    const t = await createTenant();
    const member = await addMember(t.owner, "user");
    await removeMember(t.owner, member.userId);
    expect(await getSessionState(t.tenantId, member.userId)).toBeNull();
  });

  it("the owner cannot be demoted or removed, and a tenant keeps an admin", async () => {
    const t = await createTenant();
    const admin = await addMember(t.owner, "admin");
    await expect(changeMemberRole(admin.ctx, t.ownerId, "user")).rejects.toMatchObject({ code: "conflict" });
    await expect(removeMember(admin.ctx, t.ownerId)).rejects.toMatchObject({ code: "conflict" });
    await changeMemberRole(t.owner, admin.userId, "user");
    expect((await getSessionState(t.tenantId, admin.userId))?.role).toBe("user");
  });
});

describe("cross-tenant writes", () => {
  it("tenant B's admin cannot change, remove or revoke anything of tenant A (404)", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const member = await addMember(a.owner, "user");
    const invitation = await inviteMember(a.owner, { email: uniqueEmail(), role: "user" });
    await expect(changeMemberRole(b.owner, member.userId, "admin")).rejects.toMatchObject({ code: "not_found" });
    await expect(removeMember(b.owner, member.userId)).rejects.toMatchObject({ code: "not_found" });
    await expect(revokeInvitation(b.owner, invitation.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(resendInvitation(b.owner, invitation.id)).rejects.toMatchObject({ code: "not_found" });
    expect((await getSessionState(a.tenantId, member.userId))?.role).toBe("user");
  });
});
