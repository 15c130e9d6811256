import { unexpectedState } from "../core/api-error";
import type { Ctx } from "../core/context";
import type { SubscriptionRecord } from "../core/records";

/** Ends a subscription at `endedAt`; emits `customer.subscription.deleted`. */
export function endSubscription(ctx: Ctx, subscription: SubscriptionRecord, endedAt: number): void {
  subscription.status = "canceled";
  subscription.ended_at = endedAt;
  subscription.canceled_at ??= endedAt;
  subscription.cancellation_details = { comment: null, feedback: null, feedback_option: null, reason: "cancellation_requested" };
  ctx.state.pendingLines.delete(subscription.id);
  ctx.emit("customer.subscription.deleted", subscription);
}

/** `DELETE /v1/subscriptions/:id`: cancels immediately. */
export function cancelSubscription(ctx: Ctx, subscription: SubscriptionRecord): SubscriptionRecord {
  if (subscription.status === "canceled") {
    throw unexpectedState(`The subscription ${subscription.id} is already canceled.`, "resource_already_canceled");
  }
  const now = ctx.clock.now();
  subscription.canceled_at = now;
  endSubscription(ctx, subscription, now);
  return subscription;
}

/** Sets or clears `cancel_at_period_end` with the fields Stripe moves alongside it. */
export function applyCancelAtPeriodEnd(subscription: SubscriptionRecord, cancel: boolean, now: number): void {
  const periodEnd = subscription.items.data[0]?.current_period_end ?? null;
  subscription.cancel_at_period_end = cancel;
  subscription.cancel_at = cancel ? periodEnd : null;
  subscription.canceled_at = cancel ? now : null;
  subscription.cancellation_details = {
    comment: null,
    feedback: null,
    feedback_option: null,
    reason: cancel ? "cancellation_requested" : null,
  };
}
