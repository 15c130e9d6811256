import Stripe from "stripe";
import { benchPorts, percentile, startBenchServer } from "./server";

// npm run bench:webhooks — production build on embedded Postgres with the Stripe emulator:
// how many distinct signed events per second POST /api/webhooks/stripe ingests, and a storm
// of 1,000 copies of one event (32 concurrent) that must have exactly one effect.
const PORTS = benchPorts({ port: 3210, pgPort: 54370, stripePort: 3299 });
const TENANTS = Number(process.env.BENCH_TENANTS ?? 16);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 2_000);
const COPIES = Number(process.env.BENCH_COPIES ?? 1_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const SECRET = "whsec_bench_aerospec_webhooks";
const STRIPE_URL = `http://127.0.0.1:${PORTS.stripePort}`;
const signer = new Stripe("sk_test_bench");

async function stripeGet<T>(path: string): Promise<T> {
  const res = await fetch(`${STRIPE_URL}${path}`, { headers: { authorization: "Bearer sk_test_bench" } });
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
}

/** A new tenant subscribed to Starter through Checkout; returns its Stripe subscription. */
async function subscribedTenant(base: string, i: number): Promise<Stripe.Subscription> {
  const headers = { "content-type": "application/json", origin: base };
  const email = `bench-${Date.now()}-${i}@example.test`;
  const signup = await fetch(`${base}/api/auth/signup`, {
    method: "POST",
    headers,
    body: JSON.stringify({ name: "Bench Owner", email, password: "correct-horse-battery-staple", companyName: `Bench ${i}` }),
  });
  if (signup.status !== 201) throw new Error(`signup: ${signup.status}`);
  const cookie = signup.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const checkout = await fetch(`${base}/api/billing/subscribe`, {
    method: "POST",
    headers: { ...headers, cookie },
    body: JSON.stringify({ plan: "starter" }),
  });
  const { url, sessionId } = (await checkout.json()) as { url: string; sessionId: string };
  await fetch(`${url}/pay`, { method: "POST", redirect: "manual" });
  const session = await stripeGet<{ subscription: string }>(`/v1/checkout/sessions/${sessionId}`);
  return stripeGet<Stripe.Subscription>(`/v1/subscriptions/${session.subscription}`);
}

function eventFor(id: string, subscription: Stripe.Subscription): string {
  return JSON.stringify({
    id,
    object: "event",
    api_version: "2026-10-28.endive",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type: "customer.subscription.updated",
    data: { object: subscription, previous_attributes: {} },
  });
}

type Sent = { ms: number; status: number; outcome: string };

async function send(base: string, payload: string): Promise<Sent> {
  const signature = signer.webhooks.generateTestHeaderString({ payload, secret: SECRET });
  const started = performance.now();
  const res = await fetch(`${base}/api/webhooks/stripe`, {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": signature },
    body: payload,
  });
  const body = (await res.json()) as { outcome?: string };
  return { ms: performance.now() - started, status: res.status, outcome: body.outcome ?? `http ${res.status}` };
}

async function pool(payloads: string[], base: string): Promise<{ results: Sent[]; seconds: number }> {
  const results: Sent[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < payloads.length) results.push(await send(base, payloads[next++]!));
    }),
  );
  return { results, seconds: (performance.now() - started) / 1000 };
}

function report(name: string, { results, seconds }: { results: Sent[]; seconds: number }) {
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const outcomes: Record<string, number> = {};
  for (const r of results) outcomes[r.outcome] = (outcomes[r.outcome] ?? 0) + 1;
  console.log(
    `${name.padEnd(44)} ${(results.length / seconds).toFixed(0).padStart(6)} events/s   p50 ${percentile(ms, 0.5).toFixed(1).padStart(6)} ms   p95 ${percentile(ms, 0.95).toFixed(1).padStart(6)} ms   ${JSON.stringify(outcomes)}`,
  );
  return outcomes;
}

const server = await startBenchServer(PORTS, { STRIPE_WEBHOOK_SECRET: SECRET });
try {
  const subscriptions: Stripe.Subscription[] = [];
  for (let i = 0; i < TENANTS; i++) subscriptions.push(await subscribedTenant(server.base, i));
  const run = Date.now();
  const distinct = (prefix: string, n: number, pick: (i: number) => Stripe.Subscription) =>
    Array.from({ length: n }, (_, i) => eventFor(`evt_bench_${run}_${prefix}_${i}`, pick(i)));

  await pool(
    distinct("warm", 200, (i) => subscriptions[i % TENANTS]!),
    server.base,
  );
  console.log(`\n${CONCURRENCY} concurrent senders, production build, embedded PostgreSQL, Stripe emulator\n`);
  report(
    `${EVENTS} distinct events over ${TENANTS} tenants`,
    await pool(
      distinct("spread", EVENTS, (i) => subscriptions[i % TENANTS]!),
      server.base,
    ),
  );
  report(
    `${EVENTS / 4} distinct events, one tenant`,
    await pool(
      distinct("one", EVENTS / 4, () => subscriptions[0]!),
      server.base,
    ),
  );
  const storm = eventFor(`evt_bench_${run}_storm`, subscriptions[1]!);
  const outcomes = report(
    `${COPIES} copies of one event`,
    await pool(
      Array.from({ length: COPIES }, () => storm),
      server.base,
    ),
  );
  const effects = outcomes.applied ?? 0;
  console.log(`\nduplicate storm: ${effects} effect(s) from ${COPIES} deliveries — ${effects === 1 ? "exactly once" : "WRONG"}`);
  if (effects !== 1) process.exitCode = 1;
} finally {
  await server.stop();
}
