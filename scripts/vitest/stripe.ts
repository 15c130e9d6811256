import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type Stripe from "stripe";
import { afterAll, beforeAll } from "vitest";
import { type StripeEmulator, startStripeEmulator } from "@/scripts/stripe-emulator";

export const TEST_WEBHOOK_SECRET = process.env.STRIPE_WEBHOOK_SECRET!;

export type StripeHarness = {
  emulator: StripeEmulator;
  /** Outcomes of the events the receiver processed, by event id. */
  outcomes: Map<string, string[]>;
};

/**
 * A Stripe emulator for one test file, where setup.ts points the SDK, with its webhooks delivered
 * to a receiver that does what POST /api/webhooks/stripe does: verify, then process.
 */
export function setupStripeEmulator(): StripeHarness {
  const harness = { outcomes: new Map<string, string[]>() } as StripeHarness;
  let receiver: Server;
  beforeAll(async () => {
    const { processStripeEvent, verifyStripeEvent } = await import("@/lib/billing/webhooks");
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        void (async () => {
          try {
            const event = verifyStripeEvent(Buffer.concat(chunks).toString("utf8"), req.headers["stripe-signature"] as string);
            const outcome = await processStripeEvent(event);
            harness.outcomes.set(event.id, [...(harness.outcomes.get(event.id) ?? []), outcome]);
            res.writeHead(200).end();
          } catch {
            res.writeHead(500).end();
          }
        })();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    const port = (receiver.address() as AddressInfo).port;
    harness.emulator = await startStripeEmulator({
      port: Number(new URL(process.env.STRIPE_API_URL!).port),
      webhookUrl: `http://127.0.0.1:${port}/`,
      webhookSecret: TEST_WEBHOOK_SECRET,
      retryDelaysMs: [20, 50, 100],
    });
  });
  afterAll(async () => {
    await harness.emulator?.close();
    await new Promise<void>((resolve) => receiver?.close(() => resolve()));
  });
  return harness;
}

/** Pays a Checkout session through its hosted page, as a person would press "Pay". */
export async function payCheckout(checkoutUrl: string): Promise<Response> {
  return fetch(`${checkoutUrl}/pay`, { method: "POST", redirect: "manual" });
}

/** The events of one type, oldest first. */
export function eventsOfType(emulator: StripeEmulator, type: Stripe.Event.Type): Stripe.Event[] {
  return emulator.events().filter((e) => e.type === type);
}
