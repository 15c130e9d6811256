import type { PlanId, SubscriptionStatus } from "./plans";
import { PLAN_IDS, PLANS } from "./plans";

// The billing questions asked in more than one place, answered once. Pure: the browser uses
// them too, so a button and the API it calls cannot disagree.

/** A Stripe reference as its id, whether Stripe sent it expanded or not. */
export function stripeId(value: string | { id: string }): string;
export function stripeId(value: string | { id: string } | null | undefined): string | null;
export function stripeId(value: string | { id: string } | null | undefined): string | null {
  if (!value) return null;
  return typeof value === "string" ? value : value.id;
}

/** A plan an admin buys online through Stripe; Enterprise is arranged with sales. */
export function isSelfServe(plan: PlanId): boolean {
  return PLANS[plan].stripeLookupKey !== null;
}

/** Plans a tenant admin can buy through Stripe, in plan order. */
export const SELF_SERVE_PLANS = PLAN_IDS.filter(isSelfServe);

/** A Stripe subscription that still bills (or will again): any that exists and is not canceled. */
export function isLiveSubscription(
  subscription: { stripeSubscriptionId: string | null; status: SubscriptionStatus } | null | undefined,
): boolean {
  return Boolean(subscription?.stripeSubscriptionId) && subscription!.status !== "canceled";
}

/** An Enterprise agreement set by staff that can still be ended: on Enterprise and not canceled. */
export function hasEnterpriseAgreement(tenant: { plan: PlanId; status: SubscriptionStatus }): boolean {
  return tenant.plan === "enterprise" && tenant.status !== "canceled";
}
