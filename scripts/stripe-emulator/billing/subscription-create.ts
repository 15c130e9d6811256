import type Stripe from "stripe";
import type { Ctx } from "../core/context";
import { newId } from "../core/ids";
import type { CustomerRecord, InvoiceRecord, SubscriptionRecord } from "../core/records";
import { createInvoice } from "./invoice-builder";
import { finalizeInvoice } from "./invoice-finalize";
import { settleInvoice } from "./invoice-settlement";
import { attemptPayment } from "./payment-outcome";
import { buildSubscription, type SubscriptionLine } from "./subscription-builder";
import { periodLines, trialLines } from "./subscription-lines";

export type StartInput = {
  customer: CustomerRecord;
  lines: SubscriptionLine[];
  metadata: Stripe.Metadata;
  trialDays: number | null;
  /** The payment outcome when it was already decided (hosted checkout); attempted here otherwise. */
  approved?: boolean;
};

export type Started = { subscription: SubscriptionRecord; invoice: InvoiceRecord; paid: boolean };

/**
 * Creates a subscription and its first invoice, paying it at once. Events, in order:
 * customer.subscription.created, invoice.created, invoice.finalized, then invoice.paid and
 * invoice.payment_succeeded — or invoice.payment_failed, leaving the subscription `incomplete`.
 */
export function startSubscription(ctx: Ctx, input: StartInput): Started {
  const trial = (input.trialDays ?? 0) > 0;
  const total = trial ? 0 : input.lines.reduce((sum, line) => sum + (line.price.unit_amount ?? 0) * line.quantity, 0);
  const due = Math.max(total + input.customer.balance, 0);
  const approved = due === 0 || (input.approved ?? attemptPayment(ctx.state, input.customer.id));
  const invoiceId = newId("in");
  const subscription = buildSubscription(ctx, {
    customer: input.customer.id,
    lines: input.lines,
    metadata: input.metadata,
    trialDays: input.trialDays,
    status: trial ? "trialing" : approved ? "active" : "incomplete",
    latestInvoice: invoiceId,
  });
  ctx.state.subscriptions.set(subscription.id, subscription);
  ctx.emit("customer.subscription.created", subscription);
  const now = ctx.clock.now();
  const lines = trial ? trialLines(ctx, subscription) : periodLines(ctx, subscription);
  const invoice = createInvoice(ctx, {
    id: invoiceId,
    customer: input.customer,
    subscription,
    reason: "subscription_create",
    lines,
    period: { start: now, end: now },
  });
  finalizeInvoice(ctx, invoice);
  const paid = settleInvoice(ctx, invoice, approved);
  return { subscription, invoice, paid };
}
