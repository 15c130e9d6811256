import type Stripe from "stripe";
import { assertSubscribable } from "../billing/subscription-lines";
import { invalidRequest } from "../core/api-error";
import type { Ctx } from "../core/context";
import { newId } from "../core/ids";
import type { CheckoutSessionRecord, CustomerRecord, PriceRecord } from "../core/records";
import type { CheckoutDetails } from "../core/state";

export type CheckoutInput = {
  mode: "subscription" | "payment";
  customer: CustomerRecord | null;
  customerEmail: string | null;
  lines: Array<{ price: PriceRecord; quantity: number }>;
  successUrl: string | null;
  cancelUrl: string | null;
  clientReferenceId: string | null;
  metadata: Stripe.Metadata;
  details: Omit<CheckoutDetails, "lines">;
};

function assertLinesFit(input: CheckoutInput): void {
  if (input.lines.length === 0) throw invalidRequest("line_items must contain at least one item.", "line_items");
  const prices = input.lines.map((line) => line.price);
  if (input.mode === "subscription") assertSubscribable(prices, "line_items");
  else if (prices.some((price) => price.recurring)) {
    throw invalidRequest("You specified `payment` mode but passed a recurring price. Use `subscription` mode instead.", "line_items");
  }
}

/** Stores an open Checkout Session whose hosted page is `<publicUrl>/checkout/<id>`. */
export function createCheckoutSession(ctx: Ctx, input: CheckoutInput): CheckoutSessionRecord {
  assertLinesFit(input);
  const id = newId("cs_test");
  const now = ctx.clock.now();
  const trial = input.mode === "subscription" && (input.details.trialPeriodDays ?? 0) > 0;
  const total = trial ? 0 : input.lines.reduce((sum, line) => sum + (line.price.unit_amount ?? 0) * line.quantity, 0);
  const session: CheckoutSessionRecord = {
    id,
    ...staticSessionFields(),
    amount_subtotal: total,
    amount_total: total,
    cancel_url: input.cancelUrl,
    client_reference_id: input.clientReferenceId,
    created: now,
    currency: input.lines[0]?.price.currency ?? "usd",
    customer: input.customer?.id ?? null,
    customer_creation: input.customer || input.mode === "subscription" ? null : "if_required",
    customer_email: input.customer ? null : input.customerEmail,
    expires_at: now + 24 * 3600,
    metadata: input.metadata,
    mode: input.mode,
    success_url: input.successUrl,
    url: `${ctx.config.publicUrl}/checkout/${id}`,
  };
  ctx.state.checkoutSessions.set(id, session);
  ctx.state.checkoutDetails.set(id, {
    ...input.details,
    lines: input.lines.map((line) => ({ price: line.price.id, quantity: line.quantity })),
  });
  return session;
}

type StaticField =
  | "object"
  | "after_expiration"
  | "allow_promotion_codes"
  | "automatic_tax"
  | "billing_address_collection"
  | "client_secret"
  | "consent"
  | "consent_collection"
  | "custom_fields"
  | "custom_text"
  | "customer_details"
  | "invoice"
  | "invoice_creation"
  | "livemode"
  | "locale"
  | "payment_intent"
  | "payment_link"
  | "payment_method_collection"
  | "payment_method_types"
  | "payment_status"
  | "recovered_from"
  | "setup_intent"
  | "shipping_address_collection"
  | "shipping_cost"
  | "shipping_options"
  | "status"
  | "submit_type"
  | "subscription"
  | "total_details"
  | "ui_mode";

function staticSessionFields(): Pick<CheckoutSessionRecord, StaticField> {
  return {
    object: "checkout.session",
    after_expiration: null,
    allow_promotion_codes: null,
    automatic_tax: { enabled: false, liability: null, provider: null, status: null },
    billing_address_collection: null,
    client_secret: null,
    consent: null,
    consent_collection: null,
    custom_fields: [],
    custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
    customer_details: null,
    invoice: null,
    invoice_creation: null,
    livemode: false,
    locale: null,
    payment_intent: null,
    payment_link: null,
    payment_method_collection: "always",
    payment_method_types: ["card"],
    payment_status: "unpaid",
    recovered_from: null,
    setup_intent: null,
    shipping_address_collection: null,
    shipping_cost: null,
    shipping_options: [],
    status: "open",
    submit_type: null,
    subscription: null,
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: "hosted_page",
  };
}
