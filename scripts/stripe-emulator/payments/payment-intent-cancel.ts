import type Stripe from "stripe";
import { unexpectedState } from "../core/api-error";
import type { Ctx } from "../core/context";
import type { PaymentIntentRecord } from "../core/records";

const CANCELABLE = ["requires_payment_method", "requires_capture", "requires_confirmation", "requires_action", "processing"];

/** Cancels a PaymentIntent, releasing any authorization; emits `payment_intent.canceled`. */
export function cancelPaymentIntent(
  ctx: Ctx,
  intent: PaymentIntentRecord,
  reason: Stripe.PaymentIntent.CancellationReason | null,
): PaymentIntentRecord {
  if (!CANCELABLE.includes(intent.status)) {
    throw unexpectedState(
      `You cannot cancel this PaymentIntent because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be canceled: ${CANCELABLE.join(", ")}.`,
      "payment_intent_unexpected_state",
    );
  }
  const charge = intent.latest_charge ? ctx.state.charges.get(intent.latest_charge) : undefined;
  if (intent.status === "requires_capture" && charge) {
    charge.amount_refunded = charge.amount;
    charge.refunded = true;
  }
  intent.status = "canceled";
  intent.canceled_at = ctx.clock.now();
  intent.cancellation_reason = reason;
  intent.amount_capturable = 0;
  ctx.emit("payment_intent.canceled", intent);
  return intent;
}
