import type { Ctx } from "../core/context";
import { newId } from "../core/ids";
import type { ChargeRecord, PaymentIntentRecord } from "../core/records";

type StaticField =
  | "object"
  | "amount_refunded"
  | "application"
  | "application_fee"
  | "application_fee_amount"
  | "balance_transaction"
  | "billing_details"
  | "calculated_statement_descriptor"
  | "disputed"
  | "failure_balance_transaction"
  | "failure_code"
  | "failure_message"
  | "fraud_details"
  | "livemode"
  | "on_behalf_of"
  | "outcome"
  | "paid"
  | "payment_method_details"
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
  | "transfer_group";

/** A successful, authorized card charge with no refunds yet. */
function staticChargeFields(): Pick<ChargeRecord, StaticField> {
  return {
    object: "charge",
    amount_refunded: 0,
    application: null,
    application_fee: null,
    application_fee_amount: null,
    balance_transaction: null,
    billing_details: { address: null, email: null, name: null, phone: null, tax_id: null },
    calculated_statement_descriptor: "AEROSPEC",
    disputed: false,
    failure_balance_transaction: null,
    failure_code: null,
    failure_message: null,
    fraud_details: {},
    livemode: false,
    on_behalf_of: null,
    outcome: {
      advice_code: null,
      network_advice_code: null,
      network_decline_code: null,
      network_status: "approved_by_network",
      reason: null,
      risk_level: "normal",
      seller_message: "Payment complete.",
      type: "authorized",
    },
    paid: true,
    payment_method_details: null,
    receipt_number: null,
    receipt_url: null,
    refunded: false,
    review: null,
    shipping: null,
    source: null,
    source_transfer: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: "succeeded",
    transfer_data: null,
    transfer_group: null,
  };
}

/** Stores the successful charge behind a confirmed PaymentIntent (uncaptured for manual capture). */
export function createCharge(ctx: Ctx, intent: PaymentIntentRecord, paymentMethod: string): ChargeRecord {
  const captured = intent.capture_method !== "manual";
  const charge: ChargeRecord = {
    id: newId("ch"),
    ...staticChargeFields(),
    amount: intent.amount,
    amount_captured: captured ? intent.amount : 0,
    captured,
    created: ctx.clock.now(),
    currency: intent.currency,
    customer: intent.customer,
    description: intent.description,
    metadata: { ...intent.metadata },
    payment_intent: intent.id,
    payment_method: paymentMethod,
    receipt_email: intent.receipt_email,
  };
  ctx.state.charges.set(charge.id, charge);
  return charge;
}
