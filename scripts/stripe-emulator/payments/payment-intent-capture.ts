import { invalidRequest, unexpectedState } from "../core/api-error";
import type { Ctx } from "../core/context";
import type { PaymentIntentRecord } from "../core/records";

/**
 * Captures an authorized PaymentIntent, fully or partly; an uncaptured remainder is released
 * (shown as refunded on the charge, as Stripe does). Emits charge.captured, payment_intent.succeeded.
 */
export function capturePaymentIntent(ctx: Ctx, intent: PaymentIntentRecord, amountToCapture?: number): PaymentIntentRecord {
  if (intent.status !== "requires_capture") {
    throw unexpectedState(
      `This PaymentIntent could not be captured because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.`,
      "payment_intent_unexpected_state",
    );
  }
  const amount = amountToCapture ?? intent.amount_capturable;
  if (amount <= 0 || amount > intent.amount_capturable) {
    throw invalidRequest(
      `The amount to capture (${amount}) must be positive and at most the amount capturable (${intent.amount_capturable}).`,
      "amount_to_capture",
      "amount_too_large",
    );
  }
  const charge = intent.latest_charge ? ctx.state.charges.get(intent.latest_charge) : undefined;
  intent.status = "succeeded";
  intent.amount_received = amount;
  intent.amount_capturable = 0;
  if (charge) {
    charge.captured = true;
    charge.amount_captured = amount;
    charge.amount_refunded = charge.amount - amount;
    ctx.emit("charge.captured", charge);
  }
  ctx.emit("payment_intent.succeeded", intent);
  return intent;
}
