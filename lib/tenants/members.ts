import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { memberships } from "@/db/schema";
import { withTenantTx } from "@/db/tenant";
import { revokeKeysOfMember } from "@/lib/api-keys/service";
import { recordAudit } from "@/lib/audit/service";
import { type ActorContext, auditContext } from "@/lib/auth/actor";
import { AppError } from "@/lib/http/errors";
import type { Role } from "@/lib/rbac/permissions";
import { enqueueWebhookEvent } from "@/lib/webhooks/enqueue";
import { lockTenant } from "./lifecycle";
import { getMember } from "./queries";

async function assertAdminRemains(tx: Tx, tenantId: string, leavingUserId: string) {
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(memberships)
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.role, "admin"), sql`${memberships.userId} <> ${leavingUserId}`));
  if ((row?.count ?? 0) === 0) throw new AppError("conflict", "An organization needs at least one admin");
}

export async function changeMemberRole(ctx: ActorContext, userId: string, role: Role) {
  const { tenantId } = ctx.actor;
  return withTenantTx(tenantId, async (tx) => {
    const tenant = await lockTenant(tx, tenantId);
    const member = await getMember(tx, tenantId, userId);
    if (!member) throw new AppError("not_found", "Member not found");
    if (member.membership.role === role) return member.membership;
    if (tenant.ownerUserId === userId) throw new AppError("conflict", "The owner is always an admin");
    if (member.membership.role === "admin") await assertAdminRemains(tx, tenantId, userId);
    const [updated] = await tx
      .update(memberships)
      .set({ role, version: sql`${memberships.version} + 1` })
      .where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId)))
      .returning();
    await recordAudit(tx, auditContext(ctx), {
      action: "member.role_change",
      resourceType: "user",
      resourceId: userId,
      changes: { role: { from: member.membership.role, to: role }, email: member.user.email },
    });
    return updated!;
  });
}

/** Removes the membership; the member's sessions end on their next request, their API keys are revoked. */
export async function removeMember(ctx: ActorContext, userId: string): Promise<void> {
  const { tenantId } = ctx.actor;
  await withTenantTx(tenantId, async (tx) => {
    const tenant = await lockTenant(tx, tenantId);
    const member = await getMember(tx, tenantId, userId);
    if (!member) throw new AppError("not_found", "Member not found");
    if (tenant.ownerUserId === userId) throw new AppError("conflict", "The owner cannot be removed");
    if (member.membership.role === "admin") await assertAdminRemains(tx, tenantId, userId);
    await tx.delete(memberships).where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId)));
    await revokeKeysOfMember(tx, auditContext(ctx), userId);
    await recordAudit(tx, auditContext(ctx), {
      action: "member.remove",
      resourceType: "user",
      resourceId: userId,
      changes: { email: member.user.email, role: member.membership.role },
    });
    await enqueueWebhookEvent(tx, tenantId, "member.removed", { user_id: userId, email: member.user.email, role: member.membership.role });
  });
}
