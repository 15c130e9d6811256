import { spawn } from "node:child_process";
import { type CpuTimes, cpuSince, cpuTimes } from "./cpu";
import { type LoadSample, measureAtRate, measureMax } from "./load";
import { benchPorts, percentile, signInDemoAdmin, startBenchServer } from "./server";

// npm run bench:api — production build on embedded Postgres: throughput and latency of an
// authenticated, RLS-scoped GET /api/tenants/members against the same constant JSON answered
// by a Next.js route and by a bare node:http server (the framework's own share of the cost),
// then the members endpoint's latency at half its measured maximum throughput.
// The lines take turns over BENCH_ROUNDS rounds, and the ratios are taken per round: on a
// shared machine the load from elsewhere drifts, and neighbouring windows see the same drift.
const PORTS = benchPorts({ port: 3200, pgPort: 54360, stripePort: 3249 });
const BARE_PORT = Number(process.env.BENCH_BARE_PORT ?? PORTS.port + 1);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
// BENCH_LINES=members (comma-separated: bare, next, members, half) runs only those, e.g. to profile one path.
const LINES = new Set((process.env.BENCH_LINES ?? "bare,next,members,half").split(","));
const TRIVIAL_PATH = "/api/health/live";
const MEMBERS_PATH = "/api/tenants/members";

type Target = { key: string; name: string; url: string; headers: Record<string, string> };
type Measured = LoadSample & { cpu: CpuTimes | null };
type Line = { name: string; rounds: Measured[] };

function merge(samples: Measured[]): Measured {
  const cpu = samples.every((s) => s.cpu)
    ? samples.reduce<CpuTimes>(
        (sum, s) => ({ server: sum.server + s.cpu!.server, postgres: sum.postgres + s.cpu!.postgres, client: sum.client + s.cpu!.client }),
        { server: 0, postgres: 0, client: 0 },
      )
    : null;
  return {
    requests: samples.reduce((n, s) => n + s.requests, 0),
    seconds: samples.reduce((n, s) => n + s.seconds, 0),
    latencies: samples.flatMap((s) => s.latencies),
    errors: samples.reduce((n, s) => n + s.errors, 0),
    cpu,
  };
}

const rps = (s: LoadSample) => s.requests / s.seconds;

function print(name: string, s: Measured, rounds: Measured[] = []): void {
  const sorted = [...s.latencies].sort((a, b) => a - b);
  const ms = (v: number) => v.toFixed(1).padStart(6);
  const perRequest = (v: number) => (v / s.requests).toFixed(2).padStart(5);
  const cpu = s.cpu ? `   CPU/req: server ${perRequest(s.cpu.server)} ms, postgres ${perRequest(s.cpu.postgres)} ms` : "";
  console.log(
    `${name.padEnd(48)} ${rps(s).toFixed(0).padStart(7)} req/s   p50 ${ms(percentile(sorted, 0.5))} ms   p95 ${ms(percentile(sorted, 0.95))} ms   p99 ${ms(percentile(sorted, 0.99))} ms   non-200: ${s.errors}${cpu}${rounds.length > 1 ? `   rounds: ${rounds.map((r) => rps(r).toFixed(0)).join(", ")} req/s` : ""}`,
  );
}

/** `a / b` per round: the median, and each round's, in percent. */
function ratio(label: string, a: Line, b: Line, target?: number): void {
  const each = a.rounds.map((s, i) => rps(s) / rps(b.rounds[i]!));
  const median = [...each].sort((x, y) => x - y)[Math.floor(each.length / 2)]!;
  const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
  const verdict = target === undefined ? "" : `  — target ≥ ${pct(target)}: ${median >= target ? "met" : "NOT met"}`;
  console.log(`${label.padEnd(40)} ${pct(median).padStart(6)} (rounds: ${each.map(pct).join(", ")})${verdict}`);
}

async function startBareServer(): Promise<() => void> {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/constant-json-server.ts", String(BARE_PORT)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`constant-JSON server exited (code ${code})`)));
    child.stdout.once("data", () => resolve());
  });
  return () => child.kill("SIGTERM");
}

async function measured(run: () => Promise<LoadSample>): Promise<Measured> {
  const before = cpuTimes();
  const sample = await run();
  return { ...sample, cpu: cpuSince(before) };
}

async function runRounds(targets: Target[]): Promise<Map<string, Line>> {
  const lines = new Map(targets.map((t) => [t.key, { name: t.name, rounds: [] as Measured[] }]));
  // Warm-up: JIT, keep-alive sockets, the connection pool and its prepared statements.
  for (const t of targets) await measureMax(t.url, t.headers, CONNECTIONS, 3);
  for (let round = 0; round < ROUNDS; round++) {
    for (const t of targets)
      lines.get(t.key)!.rounds.push(await measured(() => measureMax(t.url, t.headers, CONNECTIONS, SECONDS / ROUNDS)));
  }
  return lines;
}

const server = await startBenchServer(PORTS);
const stopBare = LINES.has("bare") ? await startBareServer() : () => {};
try {
  const cookie = await signInDemoAdmin(server.base);
  const all: Target[] = [
    { key: "bare", name: `GET ${TRIVIAL_PATH} (bare node:http)`, url: `http://localhost:${BARE_PORT}${TRIVIAL_PATH}`, headers: {} },
    { key: "next", name: `GET ${TRIVIAL_PATH} (Next.js, constant JSON)`, url: `${server.base}${TRIVIAL_PATH}`, headers: {} },
    { key: "members", name: `GET ${MEMBERS_PATH} (session + RLS)`, url: `${server.base}${MEMBERS_PATH}`, headers: { cookie } },
  ];
  const targets = all.filter((t) => LINES.has(t.key) || (t.key === "members" && LINES.has("half")));
  const lines = await runRounds(targets);
  const members = lines.get("members");
  const halfRate = members ? rps(merge(members.rounds)) / 2 : 0;
  const half =
    members && LINES.has("half")
      ? await measured(() => measureAtRate(`${server.base}${MEMBERS_PATH}`, { cookie }, halfRate, CONNECTIONS, SECONDS))
      : null;

  console.log(`\n${CONNECTIONS} connections, ${SECONDS} s per line in ${ROUNDS} rounds, production build, embedded PostgreSQL\n`);
  for (const line of lines.values()) print(line.name, merge(line.rounds), line.rounds);
  if (half) print(`  same at ${Math.round(halfRate)} req/s (half of max)`, half);
  console.log("");
  const [bare, next] = [lines.get("bare"), lines.get("next")];
  if (bare && next) ratio("Next.js constant JSON / bare node:http", next, bare);
  if (bare && members) ratio("members / bare node:http", members, bare);
  if (next && members) ratio("members / Next.js constant JSON", members, next, 0.6);
  if (half) {
    const p95 = percentile(
      [...half.latencies].sort((a, b) => a - b),
      0.95,
    );
    console.log(
      `${"p95 at half of max throughput".padEnd(40)} ${p95.toFixed(1).padStart(5)} ms — target ≤ 25 ms: ${p95 <= 25 ? "met" : "NOT met"}`,
    );
  }
} finally {
  stopBare();
  await server.stop();
}
