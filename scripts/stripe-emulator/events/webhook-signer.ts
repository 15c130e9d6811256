import Stripe from "stripe";

const sdk = new Stripe("sk_test_emulator");

/**
 * The `Stripe-Signature` header for a payload, made by the SDK itself so that
 * `stripe.webhooks.constructEvent` accepts it. Uses wall-clock time, not the emulator clock,
 * so the receiver's timestamp tolerance check passes however far the clock was advanced.
 */
export function signPayload(payload: string, secret: string): string {
  return sdk.webhooks.generateTestHeaderString({ payload, secret, timestamp: Math.floor(Date.now() / 1000) });
}
