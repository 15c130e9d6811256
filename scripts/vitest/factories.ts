import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { tenants } from "@/db/schema";
import { withSystemTx } from "@/db/tenant";
import type { ActorContext } from "@/lib/auth/actor";
import { getSessionState, signUp } from "@/lib/auth/service";
import type { PlanId } from "@/lib/billing/plans";
import { listOutboxMessages } from "@/lib/email/outbox";
import type { Role } from "@/lib/rbac/permissions";
import { acceptInvitation, inviteMember } from "@/lib/tenants/invitations";

export const PASSWORD = "correct-horse-battery-staple";
export const META = { ip: "203.0.113.7", userAgent: "vitest", requestId: "test-request" };

export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.test`;
}

export async function actorFor(tenantId: string, userId: string): Promise<ActorContext> {
  const state = await getSessionState(tenantId, userId);
  if (!state) throw new Error("not a member");
  const { userVersion: _v, isActive: _a, sessionOpen: _o, ...actor } = state;
  return { actor: { ...actor, sessionId: null }, meta: META };
}

/** A fresh tenant through the real sign-up, optionally moved to another plan. */
export async function createTenant(options: { plan?: PlanId; company?: string } = {}) {
  const email = uniqueEmail("owner");
  const { userId, tenantId } = await signUp(
    { name: "Owner", email, password: PASSWORD, companyName: options.company ?? `Acme ${randomUUID().slice(0, 6)}` },
    META,
  );
  if (options.plan) {
    await withSystemTx((tx) =>
      tx.update(tenants).set({ plan: options.plan, subscriptionStatus: "active" }).where(eq(tenants.id, tenantId)),
    );
  }
  return { tenantId, ownerId: userId, ownerEmail: email, owner: await actorFor(tenantId, userId) };
}

/** The token in the newest invitation email to `email` (as a person would click it). */
export async function invitationTokenFor(email: string): Promise<string> {
  const [message] = await listOutboxMessages({ to: email, limit: 1 });
  const match = message?.text.match(/\/invitations\/([A-Za-z0-9_-]+)/);
  if (!match?.[1]) throw new Error(`no invitation email for ${email}`);
  return match[1];
}

/** Invites and accepts as a new account; returns the member's actor context. */
export async function addMember(owner: ActorContext, role: Role) {
  const email = uniqueEmail(role);
  await inviteMember(owner, { email, role });
  const token = await invitationTokenFor(email);
  const { userId } = await acceptInvitation(token, null, { name: `${role} person`, password: PASSWORD }, META);
  return { userId, email, ctx: await actorFor(owner.actor.tenantId, userId) };
}
