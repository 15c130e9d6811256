import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import postgres from "postgres";
import { type LoadSample, measureMax } from "./load";
import { benchPorts, percentile, signUpTenant, startBenchServer } from "./server";

// npm run bench:api-keys — production build on embedded Postgres:
// (a) GET /api/tenants/members authenticated with an API key against the same GET with a
//     session cookie, in turns over BENCH_ROUNDS rounds (target: key ≥ 90% of cookie);
// (b) outbound webhook delivery to a local receiver: events committed through the real
//     enqueueWebhookEvent at BENCH_WEBHOOK_RATE per second for BENCH_WEBHOOK_SECONDS, worked by the
//     server's in-process pg-boss worker; delivered events per second and queue-to-delivery
//     latency (commit → the receiver has it; target ≥ 200/s with p95 ≤ 1 s), then a burst of
//     BENCH_WEBHOOK_BURST events drained as fast as the worker goes.
const PORTS = benchPorts({ port: 3230, pgPort: 54380, stripePort: 3239 });
const SECONDS = Number(process.env.BENCH_SECONDS ?? 12);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const RATE = Number(process.env.BENCH_WEBHOOK_RATE ?? 250);
const RATE_SECONDS = Number(process.env.BENCH_WEBHOOK_SECONDS ?? 10);
const BURST = Number(process.env.BENCH_WEBHOOK_BURST ?? 3000);
const PATH = "/api/tenants/members";
const AUTH_SECRET = "bench-auth-secret-bench-auth-secret-0123456789";
const DB_URL = `postgres://postgres:postgres@127.0.0.1:${PORTS.pgPort}/aerospec`;

const rps = (s: LoadSample) => s.requests / s.seconds;
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

function printLoad(name: string, rounds: LoadSample[]) {
  const latencies = rounds.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const total = rounds.reduce((n, r) => n + r.requests, 0) / rounds.reduce((n, r) => n + r.seconds, 0);
  const errors = rounds.reduce((n, r) => n + r.errors, 0);
  console.log(
    `${name.padEnd(36)} ${total.toFixed(0).padStart(6)} req/s   p50 ${percentile(latencies, 0.5).toFixed(1)} ms   p95 ${percentile(latencies, 0.95).toFixed(1)} ms   non-200: ${errors}   rounds: ${rounds.map((r) => rps(r).toFixed(0)).join(", ")}`,
  );
}

async function json<T>(res: Response): Promise<T> {
  if (!res.ok) throw new Error(`${res.url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** A receiver on loopback that answers 200 and notes when each event arrived. */
async function startReceiver() {
  const arrivals = new Map<string, number>();
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      arrivals.set(String(req.headers["webhook-id"]), Date.now());
      res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, arrivals, close: () => server.close() };
}

const server = await startBenchServer(PORTS, { AUTH_SECRET, API_KEY_REQUESTS_PER_MINUTE: "1000000000" });
const sql = postgres(DB_URL, { max: 2, onnotice: () => {} });
const receiver = await startReceiver();
try {
  // (a) One organization on Enterprise (unlimited API calls), its admin's cookie and a key.
  const owner = await signUpTenant(server.base, "Key Bench Co");
  await sql`update tenants set plan = 'enterprise', subscription_status = 'active' where id = ${owner.tenantId}`;
  const write = { "content-type": "application/json", origin: server.base, cookie: owner.cookie };
  const { secret } = await json<{ secret: string }>(
    await fetch(`${server.base}/api/api-keys`, {
      method: "POST",
      headers: write,
      body: JSON.stringify({ name: "Bench", scopes: ["members.read"] }),
    }),
  );
  const lines = {
    cookie: { name: `GET ${PATH} (session cookie)`, headers: { cookie: owner.cookie }, rounds: [] as LoadSample[] },
    key: { name: `GET ${PATH} (API key)`, headers: { authorization: `Bearer ${secret}` }, rounds: [] as LoadSample[] },
  };
  for (const line of Object.values(lines)) await measureMax(`${server.base}${PATH}`, line.headers, CONNECTIONS, 3);
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate which goes first, so drift on a shared machine does not favour one side.
    const order = round % 2 === 0 ? [lines.cookie, lines.key] : [lines.key, lines.cookie];
    for (const line of order) line.rounds.push(await measureMax(`${server.base}${PATH}`, line.headers, CONNECTIONS, SECONDS / ROUNDS));
  }

  // (b) An endpoint to the receiver, and events committed the way a change commits them.
  const endpoint = await json<{ endpoint: { id: string } }>(
    await fetch(`${server.base}/api/webhooks`, {
      method: "POST",
      headers: write,
      body: JSON.stringify({ url: receiver.url, eventTypes: ["configuration.updated"] }),
    }),
  );
  Object.assign(process.env, { DATABASE_URL: DB_URL, AUTH_SECRET, APP_ENV: "test", LOG_LEVEL: "warn" });
  const { withTenantTx } = await import("@/db/tenant");
  const { enqueueWebhookEvent } = await import("@/lib/webhooks/enqueue");
  const { closeDb } = await import("@/db/client");
  const committed = new Map<string, number>();
  async function commitEvents(count: number) {
    const ids = await withTenantTx(owner.tenantId, async (tx) => {
      for (let i = 0; i < count; i++) {
        const at = new Date().toISOString();
        await enqueueWebhookEvent(tx, owner.tenantId, "configuration.updated", {
          id: crypto.randomUUID(),
          name: "Bench",
          status: "active",
          updated_at: at,
        });
      }
      return tx.execute<{ event_id: string }>(
        (await import("drizzle-orm"))
          .sql`select event_id from webhook_deliveries where tenant_id = ${owner.tenantId} and created_at = now()`,
      );
    });
    const now = Date.now();
    for (const row of ids) committed.set(row.event_id, now);
  }
  async function waitDelivered(expected: number, timeoutMs: number) {
    const deadline = Date.now() + timeoutMs;
    while (receiver.arrivals.size < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  }
  function measureDeliveries(ids: string[], started: number) {
    const latencies = ids.map((id) => (receiver.arrivals.get(id) ?? Number.NaN) - committed.get(id)!).filter(Number.isFinite);
    latencies.sort((a, b) => a - b);
    const last = Math.max(...ids.map((id) => receiver.arrivals.get(id) ?? 0));
    const perSecond = latencies.length / ((last - started) / 1000);
    return { perSecond, latencies, delivered: latencies.length, total: ids.length, p95: percentile(latencies, 0.95) };
  }
  function report(label: string, m: ReturnType<typeof measureDeliveries>) {
    const at = (f: number) => percentile(m.latencies, f).toFixed(0);
    console.log(
      `${label.padEnd(36)} ${m.delivered}/${m.total} delivered   ${m.perSecond.toFixed(0).padStart(5)} events/s   queue→delivery p50 ${at(0.5)} ms   p95 ${at(0.95)} ms   p99 ${at(0.99)} ms`,
    );
  }

  // Warm-up: the worker, its queue and the receiver's sockets.
  await commitEvents(50);
  await waitDelivered(50, 30_000);
  receiver.arrivals.clear();
  committed.clear();

  // Steady: RATE events per second, committed in batches every 100 ms.
  const perTick = Math.max(1, Math.round(RATE / 10));
  const steadyStart = Date.now();
  for (let tick = 0; tick < RATE_SECONDS * 10; tick++) {
    const due = steadyStart + tick * 100;
    if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
    await commitEvents(perTick);
  }
  // What was actually offered: committing is itself work on a busy machine.
  const offered = committed.size / ((Date.now() - steadyStart) / 1000);
  await waitDelivered(committed.size, 60_000);
  const steadyLine = `webhooks at ${RATE}/s (offered ${offered.toFixed(0)}/s)`;
  const steady = measureDeliveries([...committed.keys()], steadyStart);

  // Burst: every event committed at once, drained as fast as the worker goes.
  receiver.arrivals.clear();
  committed.clear();
  const burstStart = Date.now();
  for (let i = 0; i < BURST; i += 500) await commitEvents(Math.min(500, BURST - i));
  await waitDelivered(committed.size, 120_000);
  const burst = measureDeliveries([...committed.keys()], burstStart);

  console.log(`\n${CONNECTIONS} connections, ${SECONDS} s per line in ${ROUNDS} rounds, production build, embedded PostgreSQL\n`);
  printLoad(lines.cookie.name, lines.cookie.rounds);
  printLoad(lines.key.name, lines.key.rounds);
  const each = lines.key.rounds.map((r, i) => rps(r) / rps(lines.cookie.rounds[i]!));
  const median = [...each].sort((a, b) => a - b)[Math.floor(each.length / 2)]!;
  console.log(
    `${"API key / cookie".padEnd(36)} ${pct(median).padStart(6)} (rounds: ${each.map(pct).join(", ")})  — target ≥ 90.0%: ${median >= 0.9 ? "met" : "NOT met"}`,
  );
  console.log("");
  report(steadyLine, steady);
  report(`webhooks, burst of ${BURST}`, burst);
  const met = steady.delivered === steady.total && steady.perSecond >= 200 && steady.p95 <= 1000;
  console.log(
    `${"webhook delivery".padEnd(36)} target ≥ 200 events/s with p95 ≤ 1000 ms at ${RATE}/s: ${met ? "met" : "NOT met"} (burst drains at ${burst.perSecond.toFixed(0)} events/s)`,
  );
  void endpoint;
  await closeDb();
} finally {
  receiver.close();
  await sql.end();
  await server.stop();
}
process.exit(0);
