import type Stripe from "stripe";

// Stored objects use the SDK's own field types (Pick), so every field the emulator returns has
// exactly the name, place and type the real API uses. Two adjustments against the SDK types:
// references to other objects are stored as IDs (the unexpanded form), and decimal fields are
// strings, which is their wire format (the SDK turns them into Decimal values on receipt).

export type ListRecord<T> = { object: "list"; data: T[]; has_more: boolean; url: string };

export type CustomerRecord = Pick<
  Stripe.Customer,
  | "id"
  | "object"
  | "address"
  | "balance"
  | "created"
  | "currency"
  | "default_source"
  | "delinquent"
  | "description"
  | "discount"
  | "email"
  | "invoice_prefix"
  | "invoice_settings"
  | "livemode"
  | "metadata"
  | "name"
  | "next_invoice_sequence"
  | "phone"
  | "preferred_locales"
  | "shipping"
  | "tax_exempt"
  | "test_clock"
>;

export type ProductRecord = Pick<
  Stripe.Product,
  | "id"
  | "object"
  | "active"
  | "created"
  | "default_price"
  | "description"
  | "images"
  | "livemode"
  | "marketing_features"
  | "metadata"
  | "name"
  | "package_dimensions"
  | "shippable"
  | "statement_descriptor"
  | "tax_code"
  | "type"
  | "unit_label"
  | "updated"
  | "url"
>;

export type PriceRecord = Pick<
  Stripe.Price,
  | "id"
  | "object"
  | "active"
  | "billing_scheme"
  | "created"
  | "currency"
  | "custom_unit_amount"
  | "livemode"
  | "lookup_key"
  | "metadata"
  | "nickname"
  | "recurring"
  | "tax_behavior"
  | "tiers_mode"
  | "transform_quantity"
  | "type"
  | "unit_amount"
> & { product: string; unit_amount_decimal: string | null };

export type PlanRecord = Pick<
  Stripe.Plan,
  | "id"
  | "object"
  | "active"
  | "amount"
  | "billing_scheme"
  | "created"
  | "currency"
  | "interval"
  | "interval_count"
  | "livemode"
  | "metadata"
  | "meter"
  | "nickname"
  | "tiers_mode"
  | "transform_usage"
  | "trial_period_days"
  | "usage_type"
> & { product: string; amount_decimal: string | null };

export type SubscriptionItemRecord = Pick<
  Stripe.SubscriptionItem,
  | "id"
  | "object"
  | "billing_thresholds"
  | "created"
  | "current_period_end"
  | "current_period_start"
  | "discounts"
  | "metadata"
  | "quantity"
  | "subscription"
  | "tax_rates"
> & { plan: PlanRecord; price: PriceRecord };

export type SubscriptionRecord = Pick<
  Stripe.Subscription,
  | "id"
  | "object"
  | "application"
  | "application_fee_percent"
  | "automatic_tax"
  | "billing_cycle_anchor"
  | "billing_cycle_anchor_config"
  | "billing_mode"
  | "billing_thresholds"
  | "cancel_at"
  | "cancel_at_period_end"
  | "canceled_at"
  | "cancellation_details"
  | "collection_method"
  | "created"
  | "currency"
  | "customer_account"
  | "days_until_due"
  | "default_payment_method"
  | "default_source"
  | "description"
  | "discounts"
  | "ended_at"
  | "invoice_settings"
  | "livemode"
  | "metadata"
  | "next_pending_invoice_item_invoice"
  | "on_behalf_of"
  | "pause_collection"
  | "payment_settings"
  | "pending_invoice_item_interval"
  | "pending_setup_intent"
  | "pending_update"
  | "schedule"
  | "start_date"
  | "status"
  | "test_clock"
  | "transfer_data"
  | "trial_end"
  | "trial_settings"
  | "trial_start"
> & { customer: string; latest_invoice: string | null; items: ListRecord<SubscriptionItemRecord> };

type InvoiceLinePricing = {
  type: "price_details";
  price_details: { price: string; product: string };
  unit_amount_decimal: string | null;
};

export type InvoiceLineRecord = Pick<
  Stripe.InvoiceLineItem,
  | "id"
  | "object"
  | "amount"
  | "currency"
  | "description"
  | "discount_amounts"
  | "discountable"
  | "discounts"
  | "livemode"
  | "metadata"
  | "parent"
  | "period"
  | "pretax_credit_amounts"
  | "quantity"
  | "subtotal"
  | "taxes"
> & { invoice: string; subscription: string | null; pricing: InvoiceLinePricing | null };

type InvoiceParent = {
  type: "subscription_details";
  quote_details: null;
  subscription_details: { metadata: Stripe.Metadata | null; subscription: string };
};

export type InvoiceRecord = Pick<
  Stripe.Invoice,
  | "id"
  | "object"
  | "account_country"
  | "account_name"
  | "account_tax_ids"
  | "amount_due"
  | "amount_overpaid"
  | "amount_paid"
  | "amount_remaining"
  | "amount_shipping"
  | "application"
  | "attempt_count"
  | "attempted"
  | "auto_advance"
  | "automatic_tax"
  | "automatically_finalizes_at"
  | "billing_reason"
  | "collection_method"
  | "created"
  | "currency"
  | "custom_fields"
  | "customer_account"
  | "customer_address"
  | "customer_email"
  | "customer_name"
  | "customer_phone"
  | "customer_shipping"
  | "customer_tax_exempt"
  | "default_payment_method"
  | "default_source"
  | "default_tax_rates"
  | "description"
  | "discounts"
  | "due_date"
  | "effective_at"
  | "ending_balance"
  | "footer"
  | "from_invoice"
  | "hosted_invoice_url"
  | "invoice_pdf"
  | "issuer"
  | "last_finalization_error"
  | "latest_revision"
  | "livemode"
  | "metadata"
  | "next_payment_attempt"
  | "number"
  | "on_behalf_of"
  | "payment_settings"
  | "period_end"
  | "period_start"
  | "post_payment_credit_notes_amount"
  | "pre_payment_credit_notes_amount"
  | "receipt_number"
  | "rendering"
  | "shipping_cost"
  | "shipping_details"
  | "starting_balance"
  | "statement_descriptor"
  | "status"
  | "status_transitions"
  | "subtotal"
  | "subtotal_excluding_tax"
  | "test_clock"
  | "total"
  | "total_discount_amounts"
  | "total_excluding_tax"
  | "total_pretax_credit_amounts"
  | "total_taxes"
  | "webhooks_delivered_at"
> & { customer: string; parent: InvoiceParent | null; lines: ListRecord<InvoiceLineRecord> };

export type CheckoutSessionRecord = Pick<
  Stripe.Checkout.Session,
  | "id"
  | "object"
  | "after_expiration"
  | "allow_promotion_codes"
  | "amount_subtotal"
  | "amount_total"
  | "automatic_tax"
  | "billing_address_collection"
  | "cancel_url"
  | "client_reference_id"
  | "client_secret"
  | "consent"
  | "consent_collection"
  | "created"
  | "currency"
  | "custom_fields"
  | "custom_text"
  | "customer_creation"
  | "customer_details"
  | "customer_email"
  | "expires_at"
  | "invoice_creation"
  | "livemode"
  | "locale"
  | "metadata"
  | "mode"
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
  | "success_url"
  | "total_details"
  | "ui_mode"
  | "url"
> & { customer: string | null; invoice: string | null; payment_intent: string | null; subscription: string | null };

export type PaymentIntentRecord = Pick<
  Stripe.PaymentIntent,
  | "id"
  | "object"
  | "amount"
  | "amount_capturable"
  | "amount_received"
  | "application"
  | "application_fee_amount"
  | "automatic_payment_methods"
  | "canceled_at"
  | "cancellation_reason"
  | "capture_method"
  | "client_secret"
  | "confirmation_method"
  | "created"
  | "currency"
  | "customer_account"
  | "description"
  | "excluded_payment_method_types"
  | "last_payment_error"
  | "livemode"
  | "metadata"
  | "next_action"
  | "on_behalf_of"
  | "payment_method"
  | "payment_method_configuration_details"
  | "payment_method_options"
  | "payment_method_types"
  | "processing"
  | "receipt_email"
  | "review"
  | "setup_future_usage"
  | "shipping"
  | "source"
  | "statement_descriptor"
  | "statement_descriptor_suffix"
  | "status"
  | "transfer_data"
  | "transfer_group"
> & { customer: string | null; latest_charge: string | null };

export type ChargeRecord = Pick<
  Stripe.Charge,
  | "id"
  | "object"
  | "amount"
  | "amount_captured"
  | "amount_refunded"
  | "application"
  | "application_fee"
  | "application_fee_amount"
  | "balance_transaction"
  | "billing_details"
  | "calculated_statement_descriptor"
  | "captured"
  | "created"
  | "currency"
  | "description"
  | "disputed"
  | "failure_balance_transaction"
  | "failure_code"
  | "failure_message"
  | "fraud_details"
  | "livemode"
  | "metadata"
  | "on_behalf_of"
  | "outcome"
  | "paid"
  | "payment_method"
  | "payment_method_details"
  | "receipt_email"
  | "receipt_number"
  | "receipt_url"
  | "refunded"
  | "review"
  | "shipping"
  | "source"
  | "source_transfer"
  | "statement_descriptor"
  | "statement_descriptor_suffix"
  | "status"
  | "transfer_data"
  | "transfer_group"
> & { customer: string | null; payment_intent: string | null };

/** A one-off charge (or credit) waiting for the customer's next invoice. */
export type InvoiceItemRecord = Pick<
  Stripe.InvoiceItem,
  "id" | "object" | "amount" | "currency" | "date" | "description" | "discountable" | "livemode" | "metadata" | "period" | "proration"
> & { customer: string; invoice: string | null; quantity: number };

export type RefundRecord = Pick<
  Stripe.Refund,
  | "id"
  | "object"
  | "amount"
  | "balance_transaction"
  | "created"
  | "currency"
  | "customer_account"
  | "metadata"
  | "payment_method"
  | "reason"
  | "receipt_number"
  | "source_transfer_reversal"
  | "status"
  | "transfer_reversal"
> & { charge: string; customer: string | null; payment_intent: string | null };

export type PortalSessionRecord = Pick<
  Stripe.BillingPortal.Session,
  | "id"
  | "object"
  | "configuration"
  | "created"
  | "customer"
  | "customer_account"
  | "flow"
  | "livemode"
  | "locale"
  | "on_behalf_of"
  | "return_url"
  | "url"
>;

/** Anything an event can carry in `data.object`. */
export type EventObject =
  | CustomerRecord
  | ProductRecord
  | PriceRecord
  | CheckoutSessionRecord
  | SubscriptionRecord
  | InvoiceRecord
  | PaymentIntentRecord
  | ChargeRecord
  | RefundRecord
  | InvoiceItemRecord;

export type EventType = Stripe.Event.Type;

/** The event envelope of `Stripe.EventBase`, with the emulator's object snapshot in `data`. */
export type EventRecord = Omit<Stripe.EventBase, "data" | "type" | "request"> & {
  type: EventType;
  request: { id: string | null; idempotency_key: string | null };
  data: { object: EventObject; previous_attributes?: Record<string, unknown> };
};
