import autocannon from "autocannon";
import { percentile, signInDemoAdmin, startBenchServer } from "./server";

// npm run bench:api — production build on embedded Postgres: throughput and latency of an
// authenticated, RLS-scoped GET /api/tenants/members against a constant-JSON handler.
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);

type Result = { name: string; rps: number; p50: number; p95: number; errors: number };

async function measure(name: string, path: string, headers: Record<string, string>, seconds: number): Promise<Result> {
  const latencies: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: `${BASE}${path}`, headers, connections: CONNECTIONS, duration: seconds },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, status, _bytes, responseTime) => {
      if (status !== 200) errors += 1;
      latencies.push(responseTime);
    });
  });
  latencies.sort((a, b) => a - b);
  return { name, rps: result.requests.average, p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), errors: errors + result.errors };
}

const server = await startBenchServer(PORT, Number(process.env.BENCH_PG_PORT ?? 54360));
const BASE = server.base;
try {
  const cookie = await signInDemoAdmin(BASE);
  const trivialPath = "/api/health/live";
  const realPath = "/api/tenants/members";
  // Warm both paths (JIT, connection pool) before measuring.
  await measure("warm-up", trivialPath, {}, 3);
  await measure("warm-up", realPath, { cookie }, 3);
  const trivial = await measure(`GET ${trivialPath} (constant JSON)`, trivialPath, {}, SECONDS);
  const real = await measure(`GET ${realPath} (session + RLS)`, realPath, { cookie }, SECONDS);
  console.log(`\n${CONNECTIONS} connections, ${SECONDS} s each, production build, embedded PostgreSQL\n`);
  for (const r of [trivial, real]) {
    console.log(`${r.name.padEnd(46)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${r.p50.toFixed(1).padStart(6)} ms   p95 ${r.p95.toFixed(1).padStart(6)} ms   non-200: ${r.errors}`);
  }
  const ratio = real.rps / trivial.rps;
  console.log(`\nratio (members / trivial): ${(ratio * 100).toFixed(1)}%  — target ≥ 60%: ${ratio >= 0.6 ? "met" : "NOT met"}`);
} finally {
  server.stop();
}
