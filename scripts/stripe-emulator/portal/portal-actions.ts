import { updateSubscription } from "../billing/subscription-update";
import { invalidRequest } from "../core/api-error";
import type { Ctx } from "../core/context";
import type { PortalSessionRecord, SubscriptionRecord } from "../core/records";
import { currentSubscription, switchablePrices } from "./portal-view";

function subscriptionOf(ctx: Ctx, session: PortalSessionRecord): SubscriptionRecord {
  const subscription = currentSubscription(ctx, session.customer);
  if (!subscription) throw invalidRequest("This customer has no current subscription.");
  return subscription;
}

/** "Switch to …": changes the price with `always_invoice`, as the hosted portal does. */
export function switchPlan(ctx: Ctx, session: PortalSessionRecord, priceId: string): void {
  const subscription = subscriptionOf(ctx, session);
  const price = switchablePrices(ctx, subscription).find((candidate) => candidate.id === priceId);
  const item = subscription.items.data[0];
  if (!price || !item) throw invalidRequest(`The price ${priceId} is not available for this subscription.`, "price");
  updateSubscription(ctx, subscription, { items: [{ id: item.id, price }], prorationBehavior: "always_invoice" });
}

/** "Cancel subscription" / "Resume subscription": sets or clears cancel_at_period_end. */
export function setCancelAtPeriodEnd(ctx: Ctx, session: PortalSessionRecord, cancel: boolean): void {
  updateSubscription(ctx, subscriptionOf(ctx, session), { items: [], prorationBehavior: "none", cancelAtPeriodEnd: cancel });
}
