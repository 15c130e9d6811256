import { and, eq, sql } from "drizzle-orm";
import { isUniqueViolation } from "@/db/errors";
import { invitations, memberships, users } from "@/db/schema";
import { withTenantTx } from "@/db/tenant";
import { type AuditContext, recordAudit } from "@/lib/audit/service";
import { type ActorContext, auditContext } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { createToken, hashToken } from "@/lib/auth/tokens";
import { assertWithinLimit } from "@/lib/billing/plans";
import { assertQuota } from "@/lib/billing/usage";
import { enqueueEmail, scheduleEmailDelivery } from "@/lib/email/outbox";
import { invitationEmail } from "@/lib/email/templates";
import { AppError } from "@/lib/http/errors";
import { appLink, type RequestMeta } from "@/lib/http/request";
import type { Role } from "@/lib/rbac/permissions";
import { enqueueWebhookEvent } from "@/lib/webhooks/enqueue";
import { lockTenant } from "./lifecycle";
import { countMembers, findInvitationByTokenHash, getMember, pendingInvitationFilter } from "./queries";
import type { AcceptInvitationInput, InviteMemberInput } from "./schemas";

const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

function invitationUrl(meta: RequestMeta, token: string): string {
  return appLink(meta, `/invitations/${encodeURIComponent(token)}`);
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
      ...invitationEmail({ tenantName: tenant.name, inviterName: ctx.actor.name, role: input.role, url: invitationUrl(ctx.meta, token) }),
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
      ...invitationEmail({ tenantName: tenant.name, inviterName: ctx.actor.name, role: row.role, url: invitationUrl(ctx.meta, token) }),
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
      await enqueueWebhookEvent(tx, tenantId, "member.added", { user_id: userId, email: invitation.email, role: invitation.role });
      return { tenantId, userId, created: !signedIn };
    });
  } catch (error) {
    if (isUniqueViolation(error, "users_email_lower_idx")) {
      throw new AppError("conflict", `An account for ${invitation.email} already exists. Sign in to accept the invitation.`);
    }
    throw error;
  }
}
