import { DECLINE_MESSAGE, unexpectedState } from "../core/api-error";
import type { Ctx } from "../core/context";
import { newId } from "../core/ids";
import type { PaymentIntentRecord } from "../core/records";
import { createCharge } from "./charges";

const CONFIRMABLE = new Set(["requires_payment_method", "requires_confirmation"]);

export function assertConfirmable(intent: PaymentIntentRecord): void {
  if (CONFIRMABLE.has(intent.status)) return;
  throw unexpectedState(
    `You cannot confirm this PaymentIntent because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be confirmed: requires_payment_method, requires_confirmation.`,
    "payment_intent_unexpected_state",
  );
}

/** A declined card: back to `requires_payment_method` with `last_payment_error`; emits `payment_intent.payment_failed`. */
export function declinePaymentIntent(ctx: Ctx, intent: PaymentIntentRecord): void {
  intent.status = "requires_payment_method";
  intent.last_payment_error = {
    type: "card_error",
    code: "card_declined",
    decline_code: "generic_decline",
    doc_url: "https://stripe.com/docs/error-codes/card-declined",
    message: DECLINE_MESSAGE,
  };
  ctx.emit("payment_intent.payment_failed", intent);
}

/**
 * Confirms with the given outcome. Approved: a charge is made and the intent becomes `succeeded`
 * (payment_intent.succeeded, charge.succeeded) or, for manual capture, `requires_capture`
 * (payment_intent.amount_capturable_updated, charge.succeeded). Returns whether it was approved.
 */
export function completeConfirmation(ctx: Ctx, intent: PaymentIntentRecord, approved: boolean, paymentMethod?: string): boolean {
  if (!approved) {
    declinePaymentIntent(ctx, intent);
    return false;
  }
  intent.payment_method = paymentMethod ?? newId("pm");
  intent.last_payment_error = null;
  const charge = createCharge(ctx, intent, intent.payment_method);
  intent.latest_charge = charge.id;
  if (intent.capture_method === "manual") {
    intent.status = "requires_capture";
    intent.amount_capturable = intent.amount;
    ctx.emit("payment_intent.amount_capturable_updated", intent);
  } else {
    intent.status = "succeeded";
    intent.amount_received = intent.amount;
    ctx.emit("payment_intent.succeeded", intent);
  }
  ctx.emit("charge.succeeded", charge);
  return true;
}
