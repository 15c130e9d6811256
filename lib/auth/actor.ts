import type { SubscriptionStatus } from "@/db/schema/enums";
import type { AuditContext } from "@/lib/audit/service";
import type { PlanId } from "@/lib/billing/plans";
import type { RequestMeta } from "@/lib/http/request";
import type { Permission, Role } from "@/lib/rbac/permissions";

/**
 * The API key a request came with instead of a session: it acts as its creator, within its
 * `scopes` (already narrowed to what the creator's current role allows).
 */
export type ApiKeyCredential = { id: string; name: string; prefix: string; scopes: readonly Permission[] };

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
  /** Set when the request authenticated with an API key (then `sessionId` is null). */
  apiKey?: ApiKeyCredential | null;
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
    apiKey: ctx.actor.apiKey ? { name: ctx.actor.apiKey.name, prefix: ctx.actor.apiKey.prefix } : null,
  };
}
