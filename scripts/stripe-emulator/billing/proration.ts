import type { Ctx } from "../core/context";
import type { PriceRecord, SubscriptionItemRecord } from "../core/records";
import type { LineDraft } from "../core/state";
import { productName } from "./prices";

export type PriceChange = { item: SubscriptionItemRecord; price: PriceRecord; quantity: number };

const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/**
 * The two proration lines Stripe creates for a price change at `now`: a credit for the unused
 * time on the old price and a charge for the remaining time on the new one. Their sum is
 * round(fraction × (new − old)), where fraction = time left / period length.
 */
export function prorationLines(ctx: Ctx, change: PriceChange, now: number): LineDraft[] {
  const { item } = change;
  const length = item.current_period_end - item.current_period_start;
  if (length <= 0) return [];
  const fraction = Math.min(Math.max((item.current_period_end - now) / length, 0), 1);
  const oldTotal = (item.price.unit_amount ?? 0) * (item.quantity ?? 1);
  const newTotal = (change.price.unit_amount ?? 0) * change.quantity;
  if (oldTotal === newTotal) return [];
  const net = Math.round(fraction * (newTotal - oldTotal));
  const credit = -Math.round(fraction * oldTotal);
  const period = { start: now, end: item.current_period_end };
  const after = DATE.format(new Date(now * 1000));
  const common = { period, subscriptionItem: item.id, proration: true };
  return [
    {
      ...common,
      amount: credit,
      price: item.price,
      quantity: item.quantity ?? 1,
      description: `Unused time on ${productName(ctx, item.price)} after ${after}`,
    },
    {
      ...common,
      amount: net - credit,
      price: change.price,
      quantity: change.quantity,
      description: `Remaining time on ${productName(ctx, change.price)} after ${after}`,
    },
  ];
}

export function sumLines(lines: LineDraft[]): number {
  return lines.reduce((sum, line) => sum + line.amount, 0);
}
