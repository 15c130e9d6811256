import type { Ctx } from "../core/context";
import type { PriceRecord, SubscriptionRecord } from "../core/records";

const CURRENT = ["active", "trialing", "past_due", "incomplete", "unpaid", "paused"];

/** The customer's newest subscription that has not ended. */
export function currentSubscription(ctx: Ctx, customerId: string): SubscriptionRecord | null {
  const candidates = [...ctx.state.subscriptions.values()].filter((sub) => sub.customer === customerId && CURRENT.includes(sub.status));
  return candidates.at(-1) ?? null;
}

/** Every active recurring price other than the subscription's current one, oldest first. */
export function switchablePrices(ctx: Ctx, subscription: SubscriptionRecord): PriceRecord[] {
  const currentPrice = subscription.items.data[0]?.price;
  return [...ctx.state.prices.values()].filter(
    (price) =>
      price.active &&
      price.recurring !== null &&
      price.id !== currentPrice?.id &&
      price.currency === currentPrice?.currency &&
      price.recurring.interval === currentPrice.recurring?.interval &&
      price.recurring.interval_count === currentPrice.recurring.interval_count,
  );
}
