import { nextBoundary } from "../core/calendar";
import type { SubscriptionRecord } from "../core/records";

/** The subscription's current period, as its (first) item carries it in this API version. */
export function currentPeriod(subscription: SubscriptionRecord): { start: number; end: number } {
  const item = subscription.items.data[0];
  return { start: item?.current_period_start ?? subscription.start_date, end: item?.current_period_end ?? subscription.start_date };
}

/** The period after the current one, counted from the billing cycle anchor. */
export function followingPeriod(subscription: SubscriptionRecord): { start: number; end: number } {
  const current = currentPeriod(subscription);
  const recurring = subscription.items.data[0]?.price.recurring;
  const end = nextBoundary(subscription.billing_cycle_anchor, recurring?.interval ?? "month", recurring?.interval_count ?? 1, current.end);
  return { start: current.end, end };
}

export function setPeriod(subscription: SubscriptionRecord, period: { start: number; end: number }): void {
  for (const item of subscription.items.data) {
    item.current_period_start = period.start;
    item.current_period_end = period.end;
  }
}
