import { and, eq, sql } from "drizzle-orm";
import type Stripe from "stripe";
import type { Tx } from "@/db/client";
import { billingSubscriptions, type InvoiceLine, invoices, mrrMovements, payments, tenants } from "@/db/schema";
import { enqueueJob } from "@/lib/jobs/outbox";
import { commissionLines, linkInvoicedCommissions } from "./commission-invoicing";
import { centsToDecimal } from "./money";
import type { PlanId } from "./plans";
import { stripeId } from "./predicates";
import { planForPrice } from "./stripe";

// Applying Stripe objects to our tables. Every function here takes the latest object as read
// from Stripe (not an event's snapshot) and runs in the webhook's system transaction, under a
// per-customer lock, so whatever order events arrive in, the last one applied leaves the
// latest state.

type SubscriptionStatus = (typeof billingSubscriptions.$inferSelect)["status"];

const STATUS: Record<Stripe.Subscription.Status, SubscriptionStatus> = {
  active: "active",
  trialing: "trialing",
  past_due: "past_due",
  unpaid: "past_due",
  incomplete: "past_due",
  paused: "past_due",
  canceled: "canceled",
  incomplete_expired: "canceled",
};

const toDate = (unixSeconds: number) => new Date(unixSeconds * 1000);

type SubscriptionSnapshot = {
  plan: PlanId;
  status: SubscriptionStatus;
  priceId: string;
  monthlyAmountCents: number;
  currency: string;
  currentPeriodStart: Date;
  currentPeriodEnd: Date;
  cancelAtPeriodEnd: boolean;
  canceledAt: Date | null;
};

/** What we keep of a Stripe subscription; null when it is not for one of our plans. */
function snapshotSubscription(sub: Stripe.Subscription): SubscriptionSnapshot | null {
  const item = sub.items.data[0];
  const plan = planForPrice(item?.price);
  if (!item || !plan) return null;
  return {
    plan,
    status: STATUS[sub.status] ?? "past_due",
    priceId: item.price.id,
    monthlyAmountCents: (item.price.unit_amount ?? 0) * (item.quantity ?? 1),
    currency: item.price.currency,
    currentPeriodStart: toDate(item.current_period_start),
    currentPeriodEnd: toDate(item.current_period_end),
    cancelAtPeriodEnd: sub.cancel_at_period_end,
    canceledAt: sub.canceled_at ? toDate(sub.canceled_at) : null,
  };
}

/** Revenue counts while the subscription is paid for or being collected. */
function effectiveMrr(status: SubscriptionStatus, monthlyAmountCents: number): number {
  return status === "active" || status === "past_due" ? monthlyAmountCents : 0;
}

export function classifyMovement(previous: number, next: number, hadRevenueBefore: boolean) {
  if (previous === 0) return hadRevenueBefore ? ("reactivation" as const) : ("new" as const);
  if (next === 0) return "churn" as const;
  return next > previous ? ("expansion" as const) : ("contraction" as const);
}

/** The tenant a Stripe customer belongs to, or null for a customer we did not create. */
export async function findTenantForCustomer(tx: Tx, customer: string | { id: string }): Promise<string | null> {
  const [row] = await tx
    .select({ id: tenants.id })
    .from(tenants)
    .where(eq(tenants.stripeCustomerId, stripeId(customer)));
  return row?.id ?? null;
}

/** Serializes webhook work per Stripe customer for the rest of the transaction. */
export async function lockCustomer(tx: Tx, customer: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`stripe:${customer}`}, 0))`);
}

/**
 * Stores the subscription, puts the tenant's plan and status in step and records any change
 * of recurring revenue. A late event about a subscription the tenant has since replaced is
 * ignored.
 */
export async function applySubscription(tx: Tx, tenantId: string, sub: Stripe.Subscription, eventId: string | null): Promise<boolean> {
  const next = snapshotSubscription(sub);
  if (!next) return false;
  const [current] = await tx.select().from(billingSubscriptions).where(eq(billingSubscriptions.tenantId, tenantId)).for("update");
  const createdAt = toDate(sub.created);
  if (current && current.stripeSubscriptionId !== sub.id && !replaces(current, next.status, createdAt)) return false;

  const values = {
    stripeCustomerId: stripeId(sub.customer),
    stripeSubscriptionId: sub.id,
    stripePriceId: next.priceId,
    plan: next.plan,
    status: next.status,
    currentPeriodStart: next.currentPeriodStart,
    currentPeriodEnd: next.currentPeriodEnd,
    cancelAtPeriodEnd: next.cancelAtPeriodEnd,
    canceledAt: next.canceledAt,
    monthlyAmountCents: next.monthlyAmountCents,
    currency: next.currency,
    stripeCreatedAt: createdAt,
    stripeSyncedAt: new Date(),
  };
  await tx
    .insert(billingSubscriptions)
    .values({ tenantId, ...values })
    .onConflictDoUpdate({ target: billingSubscriptions.tenantId, set: values });
  await tx
    .update(tenants)
    .set({ plan: next.plan, subscriptionStatus: next.status, stripeSubscriptionId: sub.id, stripeCustomerId: values.stripeCustomerId })
    .where(eq(tenants.id, tenantId));
  const previous = current ? effectiveMrr(current.status, current.monthlyAmountCents) : 0;
  await recordMrrChange(tx, tenantId, previous, next, eventId);
  return true;
}

function replaces(current: typeof billingSubscriptions.$inferSelect, status: SubscriptionStatus, createdAt: Date): boolean {
  if (current.status === "canceled" && status !== "canceled") return true;
  return status !== "canceled" && createdAt > current.stripeCreatedAt;
}

async function recordMrrChange(tx: Tx, tenantId: string, previous: number, next: SubscriptionSnapshot, eventId: string | null) {
  const mrr = effectiveMrr(next.status, next.monthlyAmountCents);
  if (mrr === previous) return;
  const [before] = await tx.select({ n: sql<number>`count(*)::int` }).from(mrrMovements).where(eq(mrrMovements.tenantId, tenantId));
  await tx.insert(mrrMovements).values({
    tenantId,
    kind: classifyMovement(previous, mrr, (before?.n ?? 0) > 0),
    plan: next.plan,
    status: next.status,
    mrrCents: mrr,
    previousMrrCents: previous,
    currency: next.currency,
    occurredAt: new Date(),
    stripeEventId: eventId,
  });
}

const INVOICE_STATUS: Record<Stripe.Invoice.Status, (typeof invoices.$inferSelect)["status"]> = {
  draft: "draft",
  open: "sent",
  paid: "paid",
  void: "canceled",
  uncollectible: "canceled",
};

/** The invoice's subscription, if it bills one. */
export function invoiceSubscriptionId(invoice: Stripe.Invoice): string | null {
  const sub = invoice.parent?.subscription_details?.subscription;
  return stripeId(sub);
}

/**
 * The period the invoice bills for, from its lines. Stripe's own invoice period is the one
 * that just ended (a new subscription's first invoice has an empty one).
 */
function servicePeriod(invoice: Stripe.Invoice): { periodStart: Date; periodEnd: Date } {
  const lines = invoice.lines.data.filter((line) => line.period);
  if (lines.length === 0) return { periodStart: toDate(invoice.period_start), periodEnd: toDate(invoice.period_end) };
  return {
    periodStart: toDate(Math.min(...lines.map((line) => line.period.start))),
    periodEnd: toDate(Math.max(...lines.map((line) => line.period.end))),
  };
}

/** What each of Stripe's lines bills, as the PDF lists it. */
function invoiceLines(invoice: Stripe.Invoice): InvoiceLine[] {
  return invoice.lines.data.map((line) => {
    // A one-off invoice item (a commission) bills no period.
    const period = line.parent?.invoice_item_details ? null : line.period;
    return {
      description: line.description ?? "Subscription",
      amountCents: line.amount,
      periodStart: period ? toDate(period.start).toISOString() : null,
      periodEnd: period ? toDate(period.end).toISOString() : null,
      proration: line.parent?.subscription_item_details?.proration ?? false,
    };
  });
}

/** Stores the invoice as Stripe has it now; the PDF is rendered from this row. */
export async function applyInvoice(tx: Tx, tenantId: string, invoice: Stripe.Invoice): Promise<void> {
  const recurring = invoice.lines.data.filter((line) => line.pricing?.price_details?.price).reduce((sum, line) => sum + line.amount, 0);
  const commissions = commissionLines(invoice).reduce((sum, line) => sum + line.amount, 0);
  const credits = Math.max(0, invoice.total - invoice.amount_due);
  const values = {
    stripeSubscriptionId: invoiceSubscriptionId(invoice),
    number: invoice.number,
    billingReason: invoice.billing_reason,
    invoiceDate: toDate(invoice.created),
    dueDate: toDate(invoice.due_date ?? invoice.created),
    ...servicePeriod(invoice),
    subscriptionAmount: centsToDecimal(recurring),
    procurementCommissions: commissions > 0 ? centsToDecimal(commissions) : null,
    creditsApplied: centsToDecimal(credits),
    subtotal: centsToDecimal(invoice.subtotal),
    tax: centsToDecimal(invoice.total - invoice.subtotal),
    total: centsToDecimal(invoice.total),
    amountPaid: centsToDecimal(invoice.amount_paid),
    amountDue: centsToDecimal(invoice.amount_due),
    currency: invoice.currency,
    status: INVOICE_STATUS[invoice.status ?? "draft"] ?? "draft",
    paidAt: invoice.status_transitions?.paid_at ? toDate(invoice.status_transitions.paid_at) : null,
    pdfUrl: invoice.invoice_pdf ?? null,
    hostedInvoiceUrl: invoice.hosted_invoice_url ?? null,
    lines: invoiceLines(invoice),
    stripeSyncedAt: new Date(),
  };
  const [stored] = await tx
    .insert(invoices)
    .values({ tenantId, stripeInvoiceId: invoice.id!, ...values })
    .onConflictDoUpdate({ target: invoices.stripeInvoiceId, set: values })
    .returning({ id: invoices.id });
  await linkInvoicedCommissions(tx, tenantId, stored!.id, invoice);
}

const PAYMENT_STATUS: Record<Stripe.PaymentIntent.Status, (typeof payments.$inferSelect)["status"]> = {
  requires_payment_method: "requires_payment",
  requires_confirmation: "requires_payment",
  requires_action: "requires_payment",
  processing: "processing",
  requires_capture: "requires_capture",
  succeeded: "succeeded",
  canceled: "canceled",
};

/**
 * What was given back of the captured amount. When only part of an authorization is captured,
 * Stripe counts the released remainder in `amount_refunded` too; that was never charged.
 */
function refundedAfterCapture(charge: Stripe.Charge | null): number {
  if (!charge) return 0;
  const released = charge.captured ? charge.amount - charge.amount_captured : 0;
  return Math.max(0, charge.amount_refunded - released);
}

/**
 * Puts a one-off payment in step with its payment intent (and the intent's charge, for
 * refunds). The payment row is found by intent id, or by the `payment_id` metadata AeroSpec
 * sets when it starts the payment.
 */
export async function applyPaymentIntent(tx: Tx, tenantId: string, intent: Stripe.PaymentIntent): Promise<boolean> {
  const charge = typeof intent.latest_charge === "object" ? intent.latest_charge : null;
  const failed = intent.status === "requires_payment_method" && intent.last_payment_error;
  const values = {
    stripePaymentIntentId: intent.id,
    status: failed ? ("failed" as const) : (PAYMENT_STATUS[intent.status] ?? "processing"),
    amountCaptured: centsToDecimal(charge?.amount_captured ?? (intent.status === "succeeded" ? intent.amount_received : 0)),
    amountRefunded: centsToDecimal(refundedAfterCapture(charge)),
    failureMessage: intent.last_payment_error?.message ?? null,
  };
  const paymentId = intent.metadata?.payment_id;
  const match =
    paymentId && /^[0-9a-f-]{36}$/i.test(paymentId) ? eq(payments.id, paymentId) : eq(payments.stripePaymentIntentId, intent.id);
  const updated = await tx
    .update(payments)
    .set(values)
    .where(and(eq(payments.tenantId, tenantId), match))
    .returning({ id: payments.id, reference: payments.reference });
  // Whoever started the payment (an order) follows it up after this commits.
  for (const payment of updated) await enqueueJob(tx, "payment.updated", { tenantId, paymentId: payment.id, reference: payment.reference });
  return updated.length > 0;
}
