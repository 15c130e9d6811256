import type Stripe from "stripe";
import type { Ctx } from "../core/context";
import { newId, randomAlnum } from "../core/ids";
import type { PaymentIntentRecord } from "../core/records";

export type PaymentIntentInput = {
  amount: number;
  currency: string;
  customer: string | null;
  captureMethod: "automatic" | "automatic_async" | "manual";
  description: string | null;
  receiptEmail: string | null;
  metadata: Stripe.Metadata;
};

type StaticField =
  | "object"
  | "amount_capturable"
  | "amount_received"
  | "application"
  | "application_fee_amount"
  | "automatic_payment_methods"
  | "canceled_at"
  | "cancellation_reason"
  | "confirmation_method"
  | "customer_account"
  | "excluded_payment_method_types"
  | "last_payment_error"
  | "latest_charge"
  | "livemode"
  | "next_action"
  | "on_behalf_of"
  | "payment_method"
  | "payment_method_configuration_details"
  | "payment_method_options"
  | "payment_method_types"
  | "processing"
  | "review"
  | "setup_future_usage"
  | "shipping"
  | "source"
  | "statement_descriptor"
  | "statement_descriptor_suffix"
  | "status"
  | "transfer_group";

/** A new card PaymentIntent waiting for a payment method. */
function staticIntentFields(): Pick<PaymentIntentRecord, StaticField> {
  return {
    object: "payment_intent",
    amount_capturable: 0,
    amount_received: 0,
    application: null,
    application_fee_amount: null,
    automatic_payment_methods: { allow_redirects: "always", enabled: true },
    canceled_at: null,
    cancellation_reason: null,
    confirmation_method: "automatic",
    customer_account: null,
    excluded_payment_method_types: null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    next_action: null,
    on_behalf_of: null,
    payment_method: null,
    payment_method_configuration_details: null,
    payment_method_options: null,
    payment_method_types: ["card"],
    processing: null,
    review: null,
    setup_future_usage: null,
    shipping: null,
    source: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: "requires_payment_method",
    transfer_group: null,
  };
}

/** Stores a PaymentIntent in `requires_payment_method`; emits `payment_intent.created`. */
export function createPaymentIntent(ctx: Ctx, input: PaymentIntentInput): PaymentIntentRecord {
  const id = newId("pi");
  const intent: PaymentIntentRecord = {
    id,
    ...staticIntentFields(),
    amount: input.amount,
    capture_method: input.captureMethod,
    client_secret: `${id}_secret_${randomAlnum(24)}`,
    created: ctx.clock.now(),
    currency: input.currency,
    customer: input.customer,
    description: input.description,
    metadata: input.metadata,
    receipt_email: input.receiptEmail,
  };
  ctx.state.paymentIntents.set(id, intent);
  ctx.emit("payment_intent.created", intent);
  return intent;
}
