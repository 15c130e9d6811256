import type Stripe from "stripe";
import type { Tx } from "@/db/client";
import { stripeEvents } from "@/db/schema";
import { withSystemTx } from "@/db/tenant";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { stripeId } from "./predicates";
import { getStripe } from "./stripe";
import { applyInvoice, applyPaymentIntent, applySubscription, findTenantForCustomer, invoiceSubscriptionId, lockCustomer } from "./sync";

/** Signatures older than this are refused, so a captured request cannot be replayed later. */
const SIGNATURE_TOLERANCE_S = 300;

export type WebhookOutcome = "applied" | "duplicate" | "ignored";

/** Checks the Stripe-Signature header against the raw body; 400 when it does not hold. */
export function verifyStripeEvent(rawBody: string, signature: string | null): Stripe.Event {
  const secret = env().STRIPE_WEBHOOK_SECRET;
  if (!secret) throw new Error("STRIPE_WEBHOOK_SECRET is not set: webhooks cannot be verified");
  if (!signature) throw new AppError("bad_request", "Missing Stripe-Signature header");
  try {
    return getStripe().webhooks.constructEvent(rawBody, signature, secret, SIGNATURE_TOLERANCE_S);
  } catch {
    throw new AppError("bad_request", "The Stripe signature is not valid or has expired");
  }
}

type Handler = { customer(event: Stripe.Event): string | null; apply(tx: Tx, tenantId: string, event: Stripe.Event): Promise<void> };

async function syncSubscription(tx: Tx, tenantId: string, subscriptionId: string, eventId: string) {
  await applySubscription(tx, tenantId, await getStripe().subscriptions.retrieve(subscriptionId), eventId);
}

const subscriptionHandler: Handler = {
  customer: (event) => stripeId((event.data.object as Stripe.Subscription).customer),
  apply: (tx, tenantId, event) => syncSubscription(tx, tenantId, (event.data.object as Stripe.Subscription).id, event.id),
};

const invoiceHandler: Handler = {
  customer: (event) => stripeId((event.data.object as Stripe.Invoice).customer),
  async apply(tx, tenantId, event) {
    const invoice = await getStripe().invoices.retrieve((event.data.object as Stripe.Invoice).id!);
    await applyInvoice(tx, tenantId, invoice);
    const subscriptionId = invoiceSubscriptionId(invoice);
    if (subscriptionId) await syncSubscription(tx, tenantId, subscriptionId, event.id);
  },
};

const checkoutHandler: Handler = {
  customer: (event) => stripeId((event.data.object as Stripe.Checkout.Session).customer),
  async apply(tx, tenantId, event) {
    const session = event.data.object as Stripe.Checkout.Session;
    const subscriptionId = stripeId(session.subscription);
    if (subscriptionId) await syncSubscription(tx, tenantId, subscriptionId, event.id);
    const intentId = stripeId(session.payment_intent);
    if (intentId) await syncPaymentIntent(tx, tenantId, intentId);
  },
};

async function syncPaymentIntent(tx: Tx, tenantId: string, intentId: string) {
  await applyPaymentIntent(tx, tenantId, await getStripe().paymentIntents.retrieve(intentId, { expand: ["latest_charge"] }));
}

const paymentIntentHandler: Handler = {
  customer: (event) => stripeId((event.data.object as Stripe.PaymentIntent).customer),
  apply: (tx, tenantId, event) => syncPaymentIntent(tx, tenantId, (event.data.object as Stripe.PaymentIntent).id),
};

const chargeHandler: Handler = {
  customer: (event) => stripeId((event.data.object as Stripe.Charge).customer),
  async apply(tx, tenantId, event) {
    const intentId = stripeId((event.data.object as Stripe.Charge).payment_intent);
    if (intentId) await syncPaymentIntent(tx, tenantId, intentId);
  },
};

const HANDLERS: Partial<Record<Stripe.Event.Type, Handler>> = {
  "customer.subscription.created": subscriptionHandler,
  "customer.subscription.updated": subscriptionHandler,
  "customer.subscription.deleted": subscriptionHandler,
  "invoice.paid": invoiceHandler,
  "invoice.payment_succeeded": invoiceHandler,
  "invoice.payment_failed": invoiceHandler,
  "invoice.finalized": invoiceHandler,
  "checkout.session.completed": checkoutHandler,
  "payment_intent.succeeded": paymentIntentHandler,
  "payment_intent.payment_failed": paymentIntentHandler,
  "payment_intent.canceled": paymentIntentHandler,
  "payment_intent.amount_capturable_updated": paymentIntentHandler,
  "charge.refunded": chargeHandler,
};

/**
 * Applies one verified event exactly once. The event id is recorded in the same transaction
 * as its effects: a redelivery (even a concurrent one, which waits on the id's unique index)
 * finds it and does nothing, and a failure rolls both back so Stripe's retry starts clean.
 * Effects are computed from the object as Stripe has it now, under a per-customer lock, so
 * events arriving out of order still end in the latest state.
 */
export async function processStripeEvent(event: Stripe.Event): Promise<WebhookOutcome> {
  const handler = HANDLERS[event.type];
  if (!handler) return "ignored";
  const customer = handler.customer(event);
  return withSystemTx(async (tx) => {
    if (customer) await lockCustomer(tx, customer);
    const tenantId = customer ? await findTenantForCustomer(tx, customer) : null;
    const recorded = await tx
      .insert(stripeEvents)
      .values({ id: event.id, type: event.type, stripeCreatedAt: new Date(event.created * 1000), tenantId })
      .onConflictDoNothing()
      .returning({ id: stripeEvents.id });
    if (recorded.length === 0) return "duplicate";
    if (!tenantId) return "ignored";
    await handler.apply(tx, tenantId, event);
    return "applied";
  });
}
