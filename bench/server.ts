import { type ChildProcess, spawn } from "node:child_process";
import { DEMO_PASSWORD, DEMO_USERS } from "@/db/seed/demo";

/**
 * A production AeroSpec on a fresh embedded database, for end-to-end benchmarks (`env` may
 * point it at another database, DATABASE_URL, instead).
 */
export type BenchServer = { base: string; process: ChildProcess; stop: () => void };

export async function startBenchServer(port: number, pgPort: number, env: Record<string, string> = {}): Promise<BenchServer> {
  const base = `http://localhost:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--fresh"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PORT: String(port),
      PG_PORT: String(pgPort),
      AEROSPEC_DATA_DIR: `.test-data/bench-${port}`,
      APP_URL: base,
      APP_ENV: "test",
      LOG_LEVEL: "warn",
      ...env,
    },
  });
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, process: child, stop: () => child.kill("SIGTERM") };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill("SIGTERM");
  throw new Error("server did not become healthy");
}

const cookieOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");

/** Cookie header of a session of `email` (a demo login by default). */
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
  return signIn(base, DEMO_USERS[0].email);
}

/** A new organization through the real sign-up: its id, its owner's id and the owner's session. */
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
