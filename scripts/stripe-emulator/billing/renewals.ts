import type { Ctx } from "../core/context";
import { previousAttributes } from "../core/diff";
import { newId } from "../core/ids";
import type { SubscriptionRecord } from "../core/records";
import { createInvoice } from "./invoice-builder";
import { finalizeInvoice } from "./invoice-finalize";
import { chargeInvoice } from "./invoice-settlement";
import { endSubscription } from "./subscription-cancel";
import { periodLines } from "./subscription-lines";
import { currentPeriod, followingPeriod, setPeriod } from "./subscription-period";
import { hasOpenInvoices } from "./subscription-recovery";

const RENEWING = new Set(["trialing", "active", "past_due"]);
const TRIAL_WARNING_SECONDS = 3 * 86_400;

/** Moves the clock forward, then runs every trial warning, renewal and scheduled cancellation now due. */
export function advanceClock(ctx: Ctx, seconds: number): void {
  const from = ctx.clock.now();
  ctx.clock.advance(seconds);
  warnTrialsEnding(ctx, from, ctx.clock.now());
  for (let guard = 0; guard < 100_000; guard++) {
    const due = nextDue(ctx);
    if (!due) return;
    const period = currentPeriod(due);
    if (due.cancel_at_period_end || (due.cancel_at !== null && due.cancel_at <= period.end)) endSubscription(ctx, due, period.end);
    else renew(ctx, due);
  }
}

/** `customer.subscription.trial_will_end`, three days before a trial ends, as Stripe sends it. */
function warnTrialsEnding(ctx: Ctx, from: number, to: number): void {
  for (const subscription of ctx.state.subscriptions.values()) {
    if (subscription.status !== "trialing" || subscription.trial_end === null) continue;
    const warnAt = subscription.trial_end - TRIAL_WARNING_SECONDS;
    if (warnAt > from && warnAt <= to) ctx.emit("customer.subscription.trial_will_end", subscription);
  }
}

function nextDue(ctx: Ctx): SubscriptionRecord | undefined {
  const now = ctx.clock.now();
  return [...ctx.state.subscriptions.values()]
    .filter((sub) => RENEWING.has(sub.status) && currentPeriod(sub).end <= now)
    .sort((a, b) => currentPeriod(a).end - currentPeriod(b).end)[0];
}

/**
 * Starts the next period and bills it (pending prorations included). Emits the invoice events,
 * then `customer.subscription.updated` with the new period and any status change
 * (`past_due` when the payment is declined).
 */
function renew(ctx: Ctx, subscription: SubscriptionRecord): void {
  const customer = ctx.state.customers.get(subscription.customer);
  if (!customer) return;
  const before = structuredClone(subscription);
  const previous = currentPeriod(subscription);
  setPeriod(subscription, followingPeriod(subscription));
  subscription.latest_invoice = newId("in");
  const lines = [...(ctx.state.pendingLines.get(subscription.id) ?? []), ...periodLines(ctx, subscription)];
  ctx.state.pendingLines.delete(subscription.id);
  const invoice = createInvoice(ctx, {
    id: subscription.latest_invoice,
    customer,
    subscription,
    reason: "subscription_cycle",
    lines,
    period: previous,
  });
  finalizeInvoice(ctx, invoice);
  const paid = chargeInvoice(ctx, invoice);
  subscription.status = paid && !hasOpenInvoices(ctx.state, subscription.id) ? "active" : "past_due";
  const changed = previousAttributes(before, subscription);
  if (changed) ctx.emit("customer.subscription.updated", subscription, changed);
}
