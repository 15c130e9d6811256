import { createCustomer } from "../billing/customers";
import { attemptPayment } from "../billing/payment-outcome";
import { startSubscription } from "../billing/subscription-create";
import { DECLINE_MESSAGE } from "../core/api-error";
import type { Ctx } from "../core/context";
import type { CheckoutSessionRecord, CustomerRecord, PaymentIntentRecord, PriceRecord } from "../core/records";
import type { CheckoutDetails } from "../core/state";
import { completeConfirmation, declinePaymentIntent } from "../payments/payment-intent-confirm";
import { createPaymentIntent } from "../payments/payment-intent-create";

/** What the hosted page does next: go to `redirect` (null: show the completed page) or show `error`. */
export type CheckoutOutcome = { ok: true; redirect: string | null } | { ok: false; error: string };

const declined: CheckoutOutcome = { ok: false, error: DECLINE_MESSAGE };

function successRedirect(session: CheckoutSessionRecord): string | null {
  return session.success_url?.replaceAll("{CHECKOUT_SESSION_ID}", session.id) ?? null;
}

function detailsOf(ctx: Ctx, session: CheckoutSessionRecord): { details: CheckoutDetails; prices: PriceRecord[] } {
  const details = ctx.state.checkoutDetails.get(session.id);
  if (!details) throw new Error(`checkout session ${session.id} has no line items`);
  const prices = details.lines.map((line) => ctx.state.prices.get(line.price)).filter((price) => price !== undefined);
  return { details, prices };
}

/** Marks the session complete and emits `checkout.session.completed`. */
function completeSession(
  ctx: Ctx,
  session: CheckoutSessionRecord,
  customer: CustomerRecord | null,
  paymentStatus: CheckoutSessionRecord["payment_status"],
): CheckoutOutcome {
  session.status = "complete";
  session.payment_status = paymentStatus;
  session.customer = customer?.id ?? session.customer;
  session.customer_details = {
    address: null,
    business_name: null,
    email: customer?.email ?? session.customer_email,
    individual_name: null,
    name: customer?.name ?? null,
    phone: null,
    tax_exempt: "none",
    tax_ids: [],
  };
  ctx.emit("checkout.session.completed", session);
  return { ok: true, redirect: successRedirect(session) };
}

function sessionCustomer(ctx: Ctx, session: CheckoutSessionRecord): CustomerRecord | null {
  return session.customer ? (ctx.state.customers.get(session.customer) ?? null) : null;
}

function paySubscription(ctx: Ctx, session: CheckoutSessionRecord): CheckoutOutcome {
  if (!attemptPayment(ctx.state, session.customer)) return declined;
  const { details, prices } = detailsOf(ctx, session);
  const customer =
    sessionCustomer(ctx, session) ??
    createCustomer(ctx, { email: session.customer_email, name: null, description: null, phone: null, metadata: {} });
  const lines = prices.map((price, index) => ({ price, quantity: details.lines[index]?.quantity ?? 1 }));
  const { subscription, invoice } = startSubscription(ctx, {
    customer,
    lines,
    metadata: details.subscriptionMetadata,
    trialDays: details.trialPeriodDays,
    approved: true,
  });
  session.subscription = subscription.id;
  session.invoice = invoice.id;
  return completeSession(ctx, session, customer, invoice.amount_due > 0 ? "paid" : "no_payment_required");
}

function sessionIntent(ctx: Ctx, session: CheckoutSessionRecord): PaymentIntentRecord {
  const existing = session.payment_intent ? ctx.state.paymentIntents.get(session.payment_intent) : undefined;
  if (existing) return existing;
  const { details } = detailsOf(ctx, session);
  const intent = createPaymentIntent(ctx, {
    amount: session.amount_total ?? 0,
    currency: session.currency ?? "usd",
    customer: session.customer,
    captureMethod: details.captureMethod,
    description: details.paymentIntentDescription,
    receiptEmail: session.customer_email,
    metadata: details.paymentIntentMetadata,
  });
  session.payment_intent = intent.id;
  return intent;
}

/** Manual capture leaves the funds authorized only, so the session stays `unpaid` until capture. */
function payPayment(ctx: Ctx, session: CheckoutSessionRecord): CheckoutOutcome {
  const intent = sessionIntent(ctx, session);
  if (!completeConfirmation(ctx, intent, attemptPayment(ctx.state, intent.customer))) return declined;
  return completeSession(ctx, session, sessionCustomer(ctx, session), intent.status === "succeeded" ? "paid" : "unpaid");
}

/** The "Pay" button: a queued decline shows the card error; otherwise the purchase completes. */
export function payCheckout(ctx: Ctx, session: CheckoutSessionRecord): CheckoutOutcome {
  if (session.status === "complete") return { ok: true, redirect: successRedirect(session) };
  if (session.status !== "open") return { ok: false, error: "This Checkout Session is no longer active." };
  return session.mode === "subscription" ? paySubscription(ctx, session) : payPayment(ctx, session);
}

/** The "Decline" button: the card is declined (payment mode records it on the PaymentIntent). */
export function declineCheckout(ctx: Ctx, session: CheckoutSessionRecord): CheckoutOutcome {
  if (session.status === "complete") return { ok: true, redirect: successRedirect(session) };
  if (session.status !== "open") return { ok: false, error: "This Checkout Session is no longer active." };
  if (session.mode === "payment") declinePaymentIntent(ctx, sessionIntent(ctx, session));
  return declined;
}
