import type Stripe from "stripe";
import { invalidRequest } from "../core/api-error";
import type { Ctx } from "../core/context";
import { newId } from "../core/ids";
import { formatAmount } from "../core/money";
import type { ChargeRecord, RefundRecord } from "../core/records";

export type RefundInput = {
  charge: ChargeRecord;
  amount?: number;
  reason: Stripe.Refund.Reason | null;
  metadata: Stripe.Metadata;
};

function refundableAmount(charge: ChargeRecord, requested: number | undefined): number {
  if (!charge.captured) {
    throw invalidRequest(
      `Charge ${charge.id} has not been captured; cancel its PaymentIntent to release the funds.`,
      "charge",
      "charge_not_captured",
    );
  }
  const remaining = charge.amount - charge.amount_refunded;
  if (remaining <= 0) throw invalidRequest(`Charge ${charge.id} has already been refunded.`, "charge", "charge_already_refunded");
  const amount = requested ?? remaining;
  if (amount <= 0 || amount > remaining) {
    throw invalidRequest(
      `Refund amount (${formatAmount(amount, charge.currency)}) is greater than unrefunded amount on charge (${formatAmount(remaining, charge.currency)})`,
      "amount",
      "amount_too_large",
    );
  }
  return amount;
}

/** Refunds a charge (by default whatever is left); emits `refund.created` and `charge.refunded`. */
export function createRefund(ctx: Ctx, input: RefundInput): RefundRecord {
  const { charge } = input;
  const amount = refundableAmount(charge, input.amount);
  const refund: RefundRecord = {
    id: newId("re"),
    object: "refund",
    amount,
    balance_transaction: null,
    charge: charge.id,
    created: ctx.clock.now(),
    currency: charge.currency,
    customer: charge.customer,
    customer_account: null,
    metadata: input.metadata,
    payment_intent: charge.payment_intent,
    payment_method: charge.payment_method,
    reason: input.reason,
    receipt_number: null,
    source_transfer_reversal: null,
    status: "succeeded",
    transfer_reversal: null,
  };
  ctx.state.refunds.set(refund.id, refund);
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded >= charge.amount;
  ctx.emit("refund.created", refund);
  ctx.emit("charge.refunded", charge);
  return refund;
}
