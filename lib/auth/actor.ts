import type { SubscriptionStatus } from "@/db/schema/enums";
import type { AuditContext } from "@/lib/audit/service";
import type { PlanId } from "@/lib/billing/plans";
import type { RequestMeta } from "@/lib/http/request";
import type { Role } from "@/lib/rbac/permissions";

/** The signed-in person acting in one tenant, as resolved fresh on every request. */
export type Actor = {
  userId: string;
  email: string;
  name: string;
  tenantId: string;
  tenantName: string;
  role: Role;
  isOwner: boolean;
  isStaff: boolean;
  plan: PlanId;
  subscriptionStatus: SubscriptionStatus;
  /** ISO timestamp; the tenant is read-only once a trial ends without a subscription. */
  trialEndsAt: string | null;
  features: Record<string, boolean>;
  sessionId: string | null;
};

/** What a use case needs to know about who is asking, from where. */
export type ActorContext = { actor: Actor; meta: RequestMeta };

export function auditContext(ctx: ActorContext): AuditContext {
  return {
    tenantId: ctx.actor.tenantId,
    userId: ctx.actor.userId,
    ip: ctx.meta.ip,
    userAgent: ctx.meta.userAgent,
    requestId: ctx.meta.requestId,
  };
}
