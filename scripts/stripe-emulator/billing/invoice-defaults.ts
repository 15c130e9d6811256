import type { InvoiceRecord } from "../core/records";

type StaticField =
  | "object"
  | "account_country"
  | "account_name"
  | "account_tax_ids"
  | "amount_overpaid"
  | "amount_shipping"
  | "application"
  | "auto_advance"
  | "automatic_tax"
  | "automatically_finalizes_at"
  | "collection_method"
  | "custom_fields"
  | "customer_account"
  | "customer_address"
  | "customer_phone"
  | "customer_shipping"
  | "customer_tax_exempt"
  | "default_payment_method"
  | "default_source"
  | "default_tax_rates"
  | "description"
  | "discounts"
  | "due_date"
  | "footer"
  | "from_invoice"
  | "issuer"
  | "last_finalization_error"
  | "latest_revision"
  | "livemode"
  | "next_payment_attempt"
  | "on_behalf_of"
  | "payment_settings"
  | "post_payment_credit_notes_amount"
  | "pre_payment_credit_notes_amount"
  | "receipt_number"
  | "rendering"
  | "shipping_cost"
  | "shipping_details"
  | "statement_descriptor"
  | "test_clock"
  | "total_discount_amounts"
  | "total_pretax_credit_amounts"
  | "total_taxes"
  | "webhooks_delivered_at";

/** Invoice fields that never vary here: automatic collection, no tax, no discounts, no shipping. */
export function staticInvoiceFields(): Pick<InvoiceRecord, StaticField> {
  return {
    object: "invoice",
    account_country: "US",
    account_name: "AeroSpec",
    account_tax_ids: null,
    amount_overpaid: 0,
    amount_shipping: 0,
    application: null,
    auto_advance: false,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null, provider: null, status: null },
    automatically_finalizes_at: null,
    collection_method: "charge_automatically",
    custom_fields: null,
    customer_account: null,
    customer_address: null,
    customer_phone: null,
    customer_shipping: null,
    customer_tax_exempt: "none",
    default_payment_method: null,
    default_source: null,
    default_tax_rates: [],
    description: null,
    discounts: [],
    due_date: null,
    footer: null,
    from_invoice: null,
    issuer: { type: "self" },
    last_finalization_error: null,
    latest_revision: null,
    livemode: false,
    next_payment_attempt: null,
    on_behalf_of: null,
    payment_settings: { default_mandate: null, payment_method_options: null, payment_method_types: null },
    post_payment_credit_notes_amount: 0,
    pre_payment_credit_notes_amount: 0,
    receipt_number: null,
    rendering: null,
    shipping_cost: null,
    shipping_details: null,
    statement_descriptor: null,
    test_clock: null,
    total_discount_amounts: [],
    total_pretax_credit_amounts: [],
    total_taxes: [],
    webhooks_delivered_at: null,
  };
}
