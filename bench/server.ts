import { type ChildProcess, spawn } from "node:child_process";
import { DEMO_PASSWORD, DEMO_USERS } from "@/db/seed/demo";

/** A production AeroSpec on a fresh embedded database, for end-to-end benchmarks. */
export type BenchServer = { base: string; process: ChildProcess; stop: () => Promise<void> };

/** Every port the bench server opens, none shared with `npm start` or the test suites. */
export type BenchPorts = { port: number; pgPort: number; stripePort: number };

const STARTUP_TIMEOUT_MS = 300_000;
// A line on stderr that means the server will not come up (a taken port, a crash, a failed build).
const FATAL_OUTPUT = /\b(error|EADDRINUSE|ECONNREFUSED|could not start)\b/i;

/** The ports of the bench servers: BENCH_PORT, BENCH_PG_PORT and BENCH_STRIPE_PORT, or the given defaults. */
export function benchPorts(defaults: BenchPorts): BenchPorts {
  return {
    port: Number(process.env.BENCH_PORT ?? defaults.port),
    pgPort: Number(process.env.BENCH_PG_PORT ?? defaults.pgPort),
    stripePort: Number(process.env.BENCH_STRIPE_PORT ?? defaults.stripePort),
  };
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/** Resolves once `url` answers 200; rejects as soon as the child exits or reports an error. */
function waitUntilHealthy(child: ChildProcess, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      clearTimeout(timeout);
      child.off("exit", onExit);
      child.stderr?.off("data", onOutput);
      if (error) reject(error);
      else resolve();
    };
    const onExit = (code: number | null, signal: string | null) =>
      finish(new Error(`bench server exited before it was healthy (${signal ?? `code ${code}`})`));
    const onOutput = (chunk: Buffer) => {
      const line = chunk
        .toString()
        .split("\n")
        .find((l) => FATAL_OUTPUT.test(l));
      if (line) finish(new Error(`bench server failed to start: ${line.trim()}`));
    };
    const timeout = setTimeout(() => finish(new Error("bench server did not become healthy")), STARTUP_TIMEOUT_MS);
    child.on("exit", onExit);
    child.stderr?.on("data", onOutput);
    const poll = async () => {
      while (!done) {
        if (await answers(url)) return finish();
        await new Promise((r) => setTimeout(r, 250));
      }
    };
    void poll();
  });
}

function stopper(child: ChildProcess): () => Promise<void> {
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
  return () => {
    child.kill("SIGTERM");
    return exited;
  };
}

/**
 * Spawns `scripts/start.ts --fresh` on its own ports (web, embedded Postgres, Stripe emulator)
 * and data dir, so it runs next to `npm start` and the test suites. `env` adds to its environment.
 */
export async function startBenchServer(ports: BenchPorts, env: Record<string, string> = {}): Promise<BenchServer> {
  const base = `http://localhost:${ports.port}`;
  if (await answers(`${base}/api/health`)) throw new Error(`port ${ports.port} already serves something; set BENCH_PORT`);
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--fresh"], {
    stdio: ["ignore", "ignore", "pipe"],
    env: {
      ...process.env,
      PORT: String(ports.port),
      PG_PORT: String(ports.pgPort),
      STRIPE_EMULATOR_PORT: String(ports.stripePort),
      // Free ports for the supplier simulator: benchmarks do not call suppliers yet.
      SUPPLIER_SIMULATOR_PORT: "0",
      AEROSPEC_DATA_DIR: `.test-data/bench-${ports.port}`,
      APP_URL: base,
      APP_ENV: "test",
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? "warn",
      ...env,
    },
  });
  child.stderr?.pipe(process.stderr);
  const stop = stopper(child);
  try {
    await waitUntilHealthy(child, `${base}/api/health`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, process: child, stop };
}

const cookieOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");

export async function signIn(base: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status}`);
  return cookieOf(res);
}

/** Cookie header of the demo admin's session. */
export async function signInDemoAdmin(base: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email: DEMO_USERS[0].email, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

export async function signUpTenant(base: string, company: string): Promise<{ tenantId: string; userId: string; cookie: string }> {
  const email = `owner-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@bench.example`;
  const res = await fetch(`${base}/api/auth/signup`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ name: "Bench Owner", email, password: "correct-horse-battery-staple", companyName: company }),
  });
  if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { tenantId: string; userId: string };
  return { ...body, cookie: cookieOf(res) };
}

export function percentile(sorted: readonly number[], fraction: number): number {
  const rank = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, rank)] ?? Number.NaN;
}
