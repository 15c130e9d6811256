import { spawn } from "node:child_process";
import { type CpuTimes, cpuSince, cpuTimes } from "./cpu";
import { type LoadResult, measureAtRate, measureMax } from "./load";
import { benchPorts, signInDemoAdmin, startBenchServer } from "./server";

// npm run bench:api — production build on embedded Postgres: throughput and latency of an
// authenticated, RLS-scoped GET /api/tenants/members against the same constant JSON answered
// by a Next.js route and by a bare node:http server (the framework's own share of the cost),
// then the members endpoint's latency at half its measured maximum throughput.
const PORTS = benchPorts({ port: 3200, pgPort: 54360, stripePort: 3249 });
const BARE_PORT = Number(process.env.BENCH_BARE_PORT ?? PORTS.port + 1);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
// BENCH_LINES=members (comma-separated: bare, next, members, half) runs only those, e.g. to profile one path.
const LINES = new Set((process.env.BENCH_LINES ?? "bare,next,members,half").split(","));
const TRIVIAL_PATH = "/api/health/live";
const MEMBERS_PATH = "/api/tenants/members";

type Line = LoadResult & { name: string; cpu: CpuTimes | null };

function print(line: Line): void {
  const ms = (v: number) => v.toFixed(1).padStart(6);
  const perRequest = (v: number) => (v / (line.rps * SECONDS)).toFixed(2).padStart(5);
  const cpu = line.cpu ? `   CPU/req: server ${perRequest(line.cpu.server)} ms, postgres ${perRequest(line.cpu.postgres)} ms` : "";
  console.log(
    `${line.name.padEnd(48)} ${line.rps.toFixed(0).padStart(7)} req/s   p50 ${ms(line.p50)} ms   p95 ${ms(line.p95)} ms   p99 ${ms(line.p99)} ms   non-200: ${line.errors}${cpu}`,
  );
}

async function startBareServer(): Promise<() => void> {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/constant-json-server.ts", String(BARE_PORT)], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`constant-JSON server exited (code ${code})`)));
    child.stdout.once("data", () => resolve());
  });
  return () => child.kill("SIGTERM");
}

async function max(name: string, url: string, headers: Record<string, string>): Promise<Line> {
  await measureMax(url, headers, CONNECTIONS, 3); // warm-up: JIT, keep-alive sockets, connection pool
  const before = cpuTimes();
  const result = await measureMax(url, headers, CONNECTIONS, SECONDS);
  return { name, ...result, cpu: cpuSince(before) };
}

async function halfLoad(rate: number, cookie: string): Promise<Line> {
  const before = cpuTimes();
  const result = await measureAtRate(`${server.base}${MEMBERS_PATH}`, { cookie }, rate, CONNECTIONS, SECONDS);
  return { name: `  same at ${Math.round(rate)} req/s (half of max)`, ...result, cpu: cpuSince(before) };
}

const server = await startBenchServer(PORTS);
const stopBare = LINES.has("bare") ? await startBareServer() : () => {};
try {
  const cookie = await signInDemoAdmin(server.base);
  const lines: Line[] = [];
  const bare = LINES.has("bare") ? await max(`GET ${TRIVIAL_PATH} (bare node:http)`, `http://localhost:${BARE_PORT}${TRIVIAL_PATH}`, {}) : null;
  const next = LINES.has("next") ? await max(`GET ${TRIVIAL_PATH} (Next.js, constant JSON)`, `${server.base}${TRIVIAL_PATH}`, {}) : null;
  const members = LINES.has("members") || LINES.has("half") ? await max(`GET ${MEMBERS_PATH} (session + RLS)`, `${server.base}${MEMBERS_PATH}`, { cookie }) : null;
  lines.push(...[bare, next, members].filter((l): l is Line => l !== null));
  const half = members && LINES.has("half") ? await halfLoad(members.rps / 2, cookie) : null;

  console.log(`\n${CONNECTIONS} connections, ${SECONDS} s each, production build, embedded PostgreSQL\n`);
  for (const line of [...lines, ...(half ? [half] : [])]) print(line);
  console.log("");
  if (bare && next) console.log(`Next.js constant JSON / bare node:http: ${((next.rps / bare.rps) * 100).toFixed(1)}%`);
  if (members && bare) console.log(`members / bare node:http:              ${((members.rps / bare.rps) * 100).toFixed(1)}%`);
  if (members && next) {
    const ratio = members.rps / next.rps;
    console.log(`members / Next.js constant JSON:        ${(ratio * 100).toFixed(1)}%  — target ≥ 60%: ${ratio >= 0.6 ? "met" : "NOT met"}`);
  }
  if (half) console.log(`p95 at half of max throughput:          ${half.p95.toFixed(1)} ms — target ≤ 25 ms: ${half.p95 <= 25 ? "met" : "NOT met"}`);
} finally {
  stopBare();
  await server.stop();
}
