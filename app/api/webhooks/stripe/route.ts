import { processStripeEvent, verifyStripeEvent } from "@/lib/billing/webhooks";
import { AppError } from "@/lib/http/errors";
import { callbackReceivedSchema } from "@/lib/http/response-schemas";
import { withPublic } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const MAX_EVENT_BYTES = 512 * 1024;

// POST /api/webhooks/stripe — signed Stripe events; 2xx only once the effect is committed
export const POST = withPublic({ response: callbackReceivedSchema }, async ({ req }) => {
  const raw = await req.text();
  if (Buffer.byteLength(raw) > MAX_EVENT_BYTES) throw new AppError("payload_too_large", "The event is too large");
  const event = verifyStripeEvent(raw, req.headers.get("stripe-signature"));
  return { received: true, outcome: await processStripeEvent(event) };
});
