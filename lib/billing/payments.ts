import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { payments, procurementCommissions } from "@/db/schema";
import { withSystemTx, withTenantTx } from "@/db/tenant";
import { AppError } from "@/lib/http/errors";
import { enqueueJob } from "@/lib/jobs/outbox";
import { applyBps, centsToDecimal, decimalToCents } from "./money";
import { PLANS, type PlanId } from "./plans";
import { getStripe } from "./stripe";
import { applyPaymentIntent, lockCustomer } from "./sync";

// One-off payments through the same Stripe gateway as subscriptions: the procurement module
// starts a payment for an order, Stripe Checkout collects it (optionally only authorizing it,
// for capture when the supplier confirms), webhooks keep the `payments` row in step, and
// capture, cancel and refund go through here.

export type Payment = typeof payments.$inferSelect;

export type StartPaymentInput = {
  tenantId: string;
  customer: string;
  reference: string;
  description: string;
  amountCents: number;
  currency?: string;
  captureMethod?: "automatic" | "manual";
  successUrl: string;
  cancelUrl: string;
};

/** Records the payment and opens a Checkout page for it; returns the page's URL. */
export async function startPayment(input: StartPaymentInput): Promise<{ payment: Payment; url: string }> {
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents <= 0)
    throw new AppError("validation_failed", "The amount must be a positive number of cents");
  const currency = input.currency ?? "usd";
  const captureMethod = input.captureMethod ?? "automatic";
  const [payment] = await withTenantTx(input.tenantId, (tx) =>
    tx
      .insert(payments)
      .values({ tenantId: input.tenantId, reference: input.reference, amount: centsToDecimal(input.amountCents), currency, captureMethod })
      .returning(),
  );
  const session = await getStripe().checkout.sessions.create(
    {
      mode: "payment",
      customer: input.customer,
      line_items: [{ quantity: 1, price_data: { currency, unit_amount: input.amountCents, product_data: { name: input.description } } }],
      payment_intent_data: {
        capture_method: captureMethod,
        metadata: { tenant_id: input.tenantId, payment_id: payment!.id, reference: input.reference },
      },
      metadata: { tenant_id: input.tenantId, payment_id: payment!.id },
      success_url: input.successUrl,
      cancel_url: input.cancelUrl,
    },
    { idempotencyKey: `aerospec-payment-${payment!.id}` },
  );
  const [linked] = await withSystemTx((tx) =>
    tx.update(payments).set({ stripeCheckoutSessionId: session.id }).where(eq(payments.id, payment!.id)).returning(),
  );
  return { payment: linked!, url: session.url! };
}

export async function getPayment(tx: Tx, tenantId: string, id: string): Promise<Payment | null> {
  const [row] = await tx
    .select()
    .from(payments)
    .where(and(eq(payments.tenantId, tenantId), eq(payments.id, id)));
  return row ?? null;
}

async function requirePayment(tenantId: string, id: string): Promise<Payment & { stripePaymentIntentId: string }> {
  const payment = await withTenantTx(tenantId, (tx) => getPayment(tx, tenantId, id));
  if (!payment) throw new AppError("not_found", "Payment not found");
  if (!payment.stripePaymentIntentId) throw new AppError("conflict", "The payment has not been made yet");
  return payment as Payment & { stripePaymentIntentId: string };
}

/** Reads the intent back from Stripe and stores it, as the webhook would. */
async function refresh(tenantId: string, intentId: string): Promise<Payment> {
  return withSystemTx(async (tx) => {
    const intent = await getStripe().paymentIntents.retrieve(intentId, { expand: ["latest_charge"] });
    if (typeof intent.customer === "string") await lockCustomer(tx, intent.customer);
    await applyPaymentIntent(tx, tenantId, intent);
    const [row] = await tx
      .select()
      .from(payments)
      .where(and(eq(payments.tenantId, tenantId), eq(payments.stripePaymentIntentId, intentId)));
    return row!;
  });
}

/** Captures an authorized payment, in full or in part (the rest is released). */
export async function capturePayment(tenantId: string, id: string, amountCents?: number): Promise<Payment> {
  const payment = await requirePayment(tenantId, id);
  if (payment.status !== "requires_capture") throw new AppError("conflict", "Only an authorized payment can be captured");
  await getStripe().paymentIntents.capture(
    payment.stripePaymentIntentId,
    amountCents === undefined ? {} : { amount_to_capture: amountCents },
    { idempotencyKey: `aerospec-capture-${payment.id}` },
  );
  return refresh(tenantId, payment.stripePaymentIntentId);
}

/** Releases an authorization that will not be captured. */
export async function cancelPayment(tenantId: string, id: string): Promise<Payment> {
  const payment = await requirePayment(tenantId, id);
  if (payment.status === "succeeded" || payment.status === "canceled")
    throw new AppError("conflict", "The payment can no longer be canceled");
  await getStripe().paymentIntents.cancel(payment.stripePaymentIntentId, {}, { idempotencyKey: `aerospec-cancel-${payment.id}` });
  return refresh(tenantId, payment.stripePaymentIntentId);
}

/** Refunds a captured payment, in full or in part; `key` makes a retried request refund once. */
export async function refundPayment(tenantId: string, id: string, key: string, amountCents?: number): Promise<Payment> {
  const payment = await requirePayment(tenantId, id);
  const refundable = decimalToCents(payment.amountCaptured) - decimalToCents(payment.amountRefunded);
  if (payment.status !== "succeeded" || refundable <= 0) throw new AppError("conflict", "Nothing is left to refund on this payment");
  if (amountCents !== undefined && (amountCents <= 0 || amountCents > refundable)) {
    throw new AppError("validation_failed", `The refund must be between 0.01 and ${centsToDecimal(refundable)}`);
  }
  await getStripe().refunds.create(
    { payment_intent: payment.stripePaymentIntentId, ...(amountCents !== undefined && { amount: amountCents }) },
    { idempotencyKey: `aerospec-refund-${payment.id}-${key}` },
  );
  return refresh(tenantId, payment.stripePaymentIntentId);
}

/**
 * AeroSpec's margin on a paid procurement order at the tenant's plan rate, recorded once per
 * order (spec §3.2). Runs in the system transaction that applies the order's payment; a job then
 * puts it on the tenant's next Stripe invoice.
 */
export async function recordCommission(
  tx: Tx,
  input: { tenantId: string; procurementId: string; supplier: string; orderTotalCents: number; plan: PlanId; currency?: string },
): Promise<void> {
  const rateBps = PLANS[input.plan].commissionRateBps;
  const [recorded] = await tx
    .insert(procurementCommissions)
    .values({
      tenantId: input.tenantId,
      procurementId: input.procurementId,
      supplier: input.supplier,
      orderTotal: centsToDecimal(input.orderTotalCents),
      commissionRate: centsToDecimal(rateBps),
      commissionAmount: centsToDecimal(applyBps(input.orderTotalCents, rateBps)),
      currency: input.currency ?? "usd",
    })
    .onConflictDoNothing()
    .returning({ id: procurementCommissions.id, amount: procurementCommissions.commissionAmount });
  if (recorded && decimalToCents(recorded.amount) > 0)
    await enqueueJob(tx, "billing.invoice_commission", { tenantId: input.tenantId, commissionId: recorded.id });
}
