import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { type StripeEmulator, type StripeEmulatorOptions, startStripeEmulator } from "./index";

const WEBHOOK_SECRET = "whsec_emulator_test_secret";

const verifier = new Stripe("sk_test_verifier");

type Received = { id: string; type: string; verified: boolean; answered: number };

/** A webhook endpoint that verifies every delivery's signature, as the app's route does. */
type Receiver = {
  url: string;
  received: Received[];
  /** Answers the next deliveries with these statuses (then 200 again). */
  respondWith(statuses: number[]): void;
  close(): Promise<void>;
};

async function startReceiver(secret = WEBHOOK_SECRET): Promise<Receiver> {
  const received: Received[] = [];
  let queued: number[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const signature = req.headers["stripe-signature"] ?? "";
      try {
        const event = verifier.webhooks.constructEvent(Buffer.concat(chunks).toString("utf8"), signature, secret);
        const answered = queued.shift() ?? 200;
        received.push({ id: event.id, type: event.type, verified: true, answered });
        res.writeHead(answered).end();
      } catch {
        received.push({ id: "", type: "", verified: false, answered: 400 });
        res.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    received,
    respondWith: (statuses) => {
      queued = [...statuses];
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type Harness = { emulator: StripeEmulator; stripe: Stripe; receiver: Receiver; close(): Promise<void> };

/** An emulator delivering to a verifying receiver, and the real SDK pointed at it. */
export async function startHarness(options: StripeEmulatorOptions = {}): Promise<Harness> {
  const receiver = await startReceiver();
  const emulator = await startStripeEmulator({
    webhookUrl: receiver.url,
    webhookSecret: WEBHOOK_SECRET,
    retryDelaysMs: [10, 20, 40],
    ...options,
  });
  const url = new URL(emulator.url);
  const stripe = new Stripe("sk_test_emulator_suite", { host: url.hostname, port: Number(url.port), protocol: "http" });
  return {
    emulator,
    stripe,
    receiver,
    close: async () => {
      await emulator.close();
      await receiver.close();
    },
  };
}

type EventOf<T extends Stripe.Event.Type> = Extract<Stripe.Event, { type: T }>;

/** The emulator's events of one type, oldest first. */
export function eventsOf<T extends Stripe.Event.Type>(emulator: StripeEmulator, type: T): Array<EventOf<T>> {
  return emulator.events().filter((event): event is EventOf<T> => event.type === type);
}

/** Event types created after the first `skip` events. */
export function typesAfter(emulator: StripeEmulator, skip: number): string[] {
  return emulator
    .events()
    .slice(skip)
    .map((event) => event.type);
}

export async function createPlan(stripe: Stripe, name: string, unitAmount: number, lookupKey?: string): Promise<Stripe.Price> {
  const product = await stripe.products.create({ name });
  return stripe.prices.create({
    product: product.id,
    unit_amount: unitAmount,
    currency: "usd",
    recurring: { interval: "month" },
    ...(lookupKey ? { lookup_key: lookupKey } : {}),
  });
}

/** Presses a button on a hosted page (a form POST), without following the redirect. */
export function press(pageUrl: string, action: string, form: Record<string, string> = {}): Promise<Response> {
  return fetch(`${pageUrl}/${action}`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(form).toString(),
  });
}
