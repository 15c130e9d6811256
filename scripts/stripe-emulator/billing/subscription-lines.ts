import { invalidRequest } from "../core/api-error";
import type { Ctx } from "../core/context";
import { formatAmount, formatInterval } from "../core/money";
import type { PriceRecord, SubscriptionRecord } from "../core/records";
import type { LineDraft } from "../core/state";
import { productName } from "./prices";

/** "1 × Starter (at $500.00 / month)", Stripe's wording for a subscription line. */
function describeItem(ctx: Ctx, price: PriceRecord, quantity: number): string {
  const interval = price.recurring ? ` ${formatInterval(price.recurring.interval, price.recurring.interval_count)}` : "";
  return `${quantity} × ${productName(ctx, price)} (at ${formatAmount(price.unit_amount ?? 0, price.currency)}${interval})`;
}

/** One line per item for the period the items are in now. */
export function periodLines(ctx: Ctx, subscription: SubscriptionRecord): LineDraft[] {
  return subscription.items.data.map((item) => ({
    amount: (item.price.unit_amount ?? 0) * (item.quantity ?? 1),
    description: describeItem(ctx, item.price, item.quantity ?? 1),
    period: { start: item.current_period_start, end: item.current_period_end },
    price: item.price,
    quantity: item.quantity ?? 1,
    subscriptionItem: item.id,
    proration: false,
  }));
}

/** Zero-amount lines for a trial period. */
export function trialLines(ctx: Ctx, subscription: SubscriptionRecord): LineDraft[] {
  return periodLines(ctx, subscription).map((line) => ({
    ...line,
    amount: 0,
    description: `Trial period for ${productName(ctx, line.price)}`,
  }));
}

/** Subscriptions need recurring prices that all bill on the same interval. */
export function assertSubscribable(prices: PriceRecord[], param: string): void {
  const first = prices[0]?.recurring;
  for (const price of prices) {
    const recurring = price.recurring;
    if (!recurring) {
      throw invalidRequest(`The price specified (${price.id}) is a one-time price; subscriptions need a recurring price.`, param);
    }
    if (first && (recurring.interval !== first.interval || recurring.interval_count !== first.interval_count)) {
      throw invalidRequest("All prices on a subscription must have the same recurring interval.", param);
    }
  }
}
