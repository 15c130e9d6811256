import { and, eq, inArray, notExists, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { invitations, memberships, tenants, users } from "@/db/schema";
import { withSystemTx, withTenantTx } from "@/db/tenant";
import { type ActorContext, auditContext } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { createToken, hashToken } from "@/lib/auth/tokens";
import { type AuditContext, diff, recordAudit } from "@/lib/audit/service";
import { assertWithinLimit, type PlanId } from "@/lib/billing/plans";
import { cancelSubscriptionNow } from "@/lib/billing/lifecycle";
import { assertQuota } from "@/lib/billing/usage";
import { enqueueEmail, scheduleEmailDelivery } from "@/lib/email/outbox";
import { invitationEmail } from "@/lib/email/templates";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import type { RequestMeta } from "@/lib/http/request";
import type { Role } from "@/lib/rbac/permissions";
import { countMembers, findInvitationByTokenHash, getMember, getTenant, pendingInvitationFilter } from "./queries";
import type { AcceptInvitationInput, InviteMemberInput, UpdateTenantInput } from "./schemas";
import { slugify, slugWithSuffix } from "./slug";

const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

type NewTenant = {
  id: string;
  name: string;
  ownerUserId: string;
  plan: PlanId;
  subscriptionStatus: "active" | "trialing";
  trialEndsAt: Date | null;
  billingEmail: string | null;
};

/** Inserts the tenant with a unique slug and makes the owner its first admin. */
export async function createTenant(tx: Tx, ctx: AuditContext, input: NewTenant): Promise<void> {
  let slug = slugify(input.name);
  for (let attempt = 0; ; attempt++) {
    try {
      // A savepoint, so a slug collision does not abort the surrounding transaction.
      await tx.transaction((sp) => sp.insert(tenants).values({ ...input, slug }));
      break;
    } catch (error) {
      if (!isUniqueViolation(error, "tenants_slug_unique") || attempt >= 5) throw error;
      slug = slugWithSuffix(input.name);
    }
  }
  await tx.insert(memberships).values({ tenantId: input.id, userId: input.ownerUserId, role: "admin" });
  await recordAudit(tx, ctx, {
    action: "tenant.create",
    resourceType: "tenant",
    resourceId: input.id,
    changes: { name: input.name, slug, plan: input.plan, status: input.subscriptionStatus },
  });
}

export async function updateTenant(ctx: ActorContext, input: UpdateTenantInput) {
  const { tenantId } = ctx.actor;
  return withTenantTx(tenantId, async (tx) => {
    const before = await getTenant(tx, tenantId);
    if (!before) throw new AppError("not_found", "Organization not found");
    const [after] = await tx.update(tenants).set(input).where(eq(tenants.id, tenantId)).returning();
    const changes = diff({ name: before.name, billingEmail: before.billingEmail }, input);
    if (Object.keys(changes).length > 0) {
      await recordAudit(tx, auditContext(ctx), { action: "tenant.update", resourceType: "tenant", resourceId: tenantId, changes });
    }
    return after!;
  });
}

/**
 * Deletes the tenant and everything it owns (cascading foreign keys), plus the accounts of
 * members who belong to no other tenant. Only the owner may, after typing the exact name.
 * Cross-tenant by nature (it must see other memberships), hence the system transaction.
 */
export async function deleteTenant(ctx: ActorContext, confirmName: string): Promise<void> {
  const { tenantId, isOwner } = ctx.actor;
  if (!isOwner) throw new AppError("forbidden", "Only the organization's owner can delete it");
  const current = await withTenantTx(tenantId, (tx) => getTenant(tx, tenantId));
  if (current && current.name !== confirmName) throw confirmNameMismatch();
  // Stop billing first: if deleting then fails, the owner can retry; the reverse order could
  // leave a deleted organization still being charged.
  if (current?.stripeSubscriptionId && current.subscriptionStatus !== "canceled") {
    await cancelSubscriptionNow(current.stripeSubscriptionId);
  }
  await withSystemTx(async (tx) => {
    const [tenant] = await tx.select().from(tenants).where(eq(tenants.id, tenantId)).for("update");
    if (!tenant) throw new AppError("not_found", "Organization not found");
    if (confirmName !== tenant.name) throw confirmNameMismatch();
    const memberIds = (
      await tx.select({ userId: memberships.userId }).from(memberships).where(eq(memberships.tenantId, tenantId))
    ).map((m) => m.userId);
    await tx.delete(tenants).where(eq(tenants.id, tenantId));
    if (memberIds.length > 0) {
      await tx
        .delete(users)
        .where(
          and(
            inArray(users.id, memberIds),
            notExists(tx.select({ one: sql`1` }).from(memberships).where(eq(memberships.userId, users.id))),
          ),
        );
    }
  });
}

function confirmNameMismatch(): AppError {
  return new AppError("validation_failed", "The name you typed does not match the organization's name", {
    details: [{ path: "confirmName", message: "Does not match" }],
  });
}

/** Locks the tenant row so seat checks and the writes they guard happen one at a time. */
async function lockTenant(tx: Tx, tenantId: string) {
  const [tenant] = await tx.select().from(tenants).where(eq(tenants.id, tenantId)).for("update");
  if (!tenant) throw new AppError("not_found", "Organization not found");
  return tenant;
}

function invitationUrl(token: string): string {
  return `${env().APP_URL}/invitations/${encodeURIComponent(token)}`;
}

export async function inviteMember(ctx: ActorContext, raw: InviteMemberInput) {
  const { tenantId } = ctx.actor;
  const input = { ...raw, email: raw.email.trim().toLowerCase() };
  const { token, tokenHash } = createToken();
  const invitation = await withTenantTx(tenantId, async (tx) => {
    const tenant = await lockTenant(tx, tenantId);
    const [existingMember] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.tenantId, tenantId), eq(sql`lower(${users.email})`, input.email)));
    if (existingMember) throw new AppError("conflict", `${input.email} is already a member of this organization`);
    const [pending] = await tx
      .select({ id: invitations.id })
      .from(invitations)
      .where(and(pendingInvitationFilter(tenantId), eq(sql`lower(${invitations.email})`, input.email)));
    if (pending) throw new AppError("conflict", `${input.email} already has a pending invitation; resend it instead`);
    await assertQuota(tx, tenantId, tenant.plan, "max_users");
    const [row] = await tx
      .insert(invitations)
      .values({
        tenantId,
        email: input.email,
        role: input.role,
        tokenHash,
        invitedByUserId: ctx.actor.userId,
        expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
      })
      .returning();
    await enqueueEmail(tx, {
      tenantId,
      kind: "invitation",
      to: input.email,
      ...invitationEmail({ tenantName: tenant.name, inviterName: ctx.actor.name, role: input.role, url: invitationUrl(token) }),
    });
    await recordAudit(tx, auditContext(ctx), {
      action: "member.invite",
      resourceType: "invitation",
      resourceId: row!.id,
      changes: { email: input.email, role: input.role },
    });
    return row!;
  });
  scheduleEmailDelivery();
  return invitation;
}

/** A fresh link (the old one stops working) and a new 7-day window. */
export async function resendInvitation(ctx: ActorContext, invitationId: string) {
  const { tenantId } = ctx.actor;
  const { token, tokenHash } = createToken();
  const result = await withTenantTx(tenantId, async (tx) => {
    const tenant = await lockTenant(tx, tenantId);
    const [row] = await tx
      .update(invitations)
      .set({ tokenHash, expiresAt: new Date(Date.now() + INVITATION_TTL_MS), lastSentAt: new Date() })
      .where(
        and(
          eq(invitations.tenantId, tenantId),
          eq(invitations.id, invitationId),
          sql`${invitations.acceptedAt} is null and ${invitations.revokedAt} is null`,
        ),
      )
      .returning();
    if (!row) throw new AppError("not_found", "Invitation not found or no longer pending");
    await enqueueEmail(tx, {
      tenantId,
      kind: "invitation",
      to: row.email,
      ...invitationEmail({ tenantName: tenant.name, inviterName: ctx.actor.name, role: row.role, url: invitationUrl(token) }),
    });
    await recordAudit(tx, auditContext(ctx), { action: "invitation.resend", resourceType: "invitation", resourceId: row.id });
    return row;
  });
  scheduleEmailDelivery();
  return result;
}

export async function revokeInvitation(ctx: ActorContext, invitationId: string): Promise<void> {
  const { tenantId } = ctx.actor;
  await withTenantTx(tenantId, async (tx) => {
    const [row] = await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(and(pendingInvitationFilter(tenantId), eq(invitations.id, invitationId)))
      .returning({ id: invitations.id, email: invitations.email });
    if (!row) throw new AppError("not_found", "Invitation not found or no longer pending");
    await recordAudit(tx, auditContext(ctx), {
      action: "invitation.revoke",
      resourceType: "invitation",
      resourceId: row.id,
      changes: { email: row.email },
    });
  });
}

export type InvitationPreview = { tenantName: string; email: string; role: Role; expiresAt: Date };

/** What the invitation page shows; errors say why a link no longer works. */
export async function getInvitationPreview(token: string): Promise<InvitationPreview> {
  const found = await findInvitationByTokenHash(hashToken(token));
  const invitation = assertUsable(found?.invitation ?? null);
  return { tenantName: found!.tenantName, email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt };
}

function assertUsable(invitation: typeof invitations.$inferSelect | null) {
  if (!invitation || invitation.revokedAt) throw new AppError("not_found", "This invitation link is not valid");
  if (invitation.acceptedAt) throw new AppError("conflict", "This invitation has already been used");
  if (invitation.expiresAt.getTime() <= Date.now()) {
    throw new AppError("bad_request", "This invitation has expired. Ask an admin to send a new one.");
  }
  return invitation;
}

export type AcceptingUser = { userId: string; email: string } | null;

/**
 * Joins the invitation's tenant: as the signed-in user (whose email must match), or as a
 * new account created from the invited email with the given name and password.
 */
export async function acceptInvitation(
  token: string,
  signedIn: AcceptingUser,
  input: AcceptInvitationInput,
  meta: RequestMeta,
): Promise<{ tenantId: string; userId: string; created: boolean }> {
  const found = await findInvitationByTokenHash(hashToken(token));
  const invitation = assertUsable(found?.invitation ?? null);
  if (signedIn && signedIn.email.toLowerCase() !== invitation.email.toLowerCase()) {
    throw new AppError("forbidden", `This invitation is for ${invitation.email}. Sign in with that address to accept it.`);
  }
  const newAccount = !signedIn && "password" in input ? input : null;
  if (!signedIn && !newAccount) {
    throw new AppError("unauthorized", "Sign in, or send a name and password to create your account");
  }
  const passwordHash = newAccount ? await hashPassword(newAccount.password) : null;
  const tenantId = invitation.tenantId;
  try {
    return await withTenantTx(tenantId, async (tx) => {
      const tenant = await lockTenant(tx, tenantId);
      let userId = signedIn?.userId;
      if (!userId) {
        const [created] = await tx
          .insert(users)
          .values({ email: invitation.email, name: newAccount!.name, passwordHash })
          .returning({ id: users.id });
        userId = created!.id;
      }
      const ctx: AuditContext = { tenantId, userId, ...meta };
      if (await getMember(tx, tenantId, userId)) throw new AppError("conflict", "You are already a member of this organization");
      assertWithinLimit(tenant.plan, "max_users", await countMembers(tx, tenantId));
      const [claimed] = await tx
        .update(invitations)
        .set({ acceptedAt: new Date() })
        .where(and(pendingInvitationFilter(tenantId), eq(invitations.id, invitation.id)))
        .returning({ id: invitations.id });
      if (!claimed) throw new AppError("conflict", "This invitation has already been used");
      await tx.insert(memberships).values({ tenantId, userId, role: invitation.role });
      await recordAudit(tx, ctx, {
        action: "member.join",
        resourceType: "user",
        resourceId: userId,
        changes: { email: invitation.email, role: invitation.role, invitationId: invitation.id },
      });
      return { tenantId, userId, created: !signedIn };
    });
  } catch (error) {
    if (isUniqueViolation(error, "users_email_lower_idx")) {
      throw new AppError("conflict", `An account for ${invitation.email} already exists. Sign in to accept the invitation.`);
    }
    throw error;
  }
}

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

/** Removes the membership; the member's sessions end on their next request. */
export async function removeMember(ctx: ActorContext, userId: string): Promise<void> {
  const { tenantId } = ctx.actor;
  await withTenantTx(tenantId, async (tx) => {
    const tenant = await lockTenant(tx, tenantId);
    const member = await getMember(tx, tenantId, userId);
    if (!member) throw new AppError("not_found", "Member not found");
    if (tenant.ownerUserId === userId) throw new AppError("conflict", "The owner cannot be removed");
    if (member.membership.role === "admin") await assertAdminRemains(tx, tenantId, userId);
    await tx.delete(memberships).where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId)));
    await recordAudit(tx, auditContext(ctx), {
      action: "member.remove",
      resourceType: "user",
      resourceId: userId,
      changes: { email: member.user.email, role: member.membership.role },
    });
  });
}
