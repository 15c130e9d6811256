import { type ChildProcess, spawn } from "node:child_process";
import { DEMO_PASSWORD, DEMO_USERS } from "@/db/seed/demo";

/** A production AeroSpec on a fresh embedded database, for end-to-end benchmarks. */
export type BenchServer = { base: string; process: ChildProcess; stop: () => void };

export async function startBenchServer(port: number, pgPort: number): Promise<BenchServer> {
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

/** Cookie header of the demo admin's session. */
export async function signInDemoAdmin(base: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email: DEMO_USERS[0].email, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status}`);
  return res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

export function percentile(sorted: readonly number[], fraction: number): number {
  const rank = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, rank)] ?? Number.NaN;
}
