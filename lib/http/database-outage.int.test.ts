import { existsSync, rmSync } from "node:fs";
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as listConfigurations } from "@/app/api/configurations/route";
import { GET as getHealth } from "@/app/api/health/route";
import { GET as getOrganization, PUT as renameOrganization } from "@/app/api/tenants/me/route";
import { type EmbeddedDatabase, startEmbeddedPostgres } from "@/db/embedded";
import { withTenantTx } from "@/db/tenant";
import { auth } from "@/lib/auth/auth";
import { getUserVersion, startSession } from "@/lib/auth/service";
import { getTenant } from "@/lib/tenants/queries";
import { createTenant, META } from "@/scripts/vitest/factories";
import { toAppError } from "./errors";
import { withPublic } from "./route";

// Server components read the session through next/headers; this stands in for the request.
const page = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ cookie: page.cookie, host: "localhost:3000", "x-forwarded-proto": "http" }),
}));

// This file stops and starts a PostgreSQL server of its own (the shared one serves the other
// test files), so the app's pool points here before setup.ts migrates it. The cluster is
// durable: an ephemeral one deletes its data when stopped.
const PORT = Number(process.env.TEST_PG_PORT ?? 54340) + 5;
const DATA_DIR = `.test-data/vitest-outage-postgres-${PORT}`;
const DATABASE = "aerospec_outage";
const APP_URL = process.env.APP_URL ?? "http://localhost:3000";
rmSync(DATA_DIR, { recursive: true, force: true });
let pg: EmbeddedDatabase = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: PORT });
await pg.createDatabase(DATABASE);
process.env.DATABASE_URL = pg.url(DATABASE);

let cookie = "";
let tenantId = "";

beforeAll(async () => {
  const tenant = await createTenant();
  tenantId = tenant.tenantId;
  const sid = await startSession(tenant.tenantId, tenant.ownerId, META);
  const uv = (await getUserVersion(tenant.ownerId)) ?? 0;
  const salt = "authjs.session-token";
  const token = await encode({
    salt,
    secret: process.env.AUTH_SECRET!,
    token: { sub: tenant.ownerId, tenant_id: tenant.tenantId, sid, uv, email: tenant.ownerEmail },
  });
  cookie = `${salt}=${token}`;
  page.cookie = cookie;
});

afterAll(async () => {
  await pg.stop();
  rmSync(DATA_DIR, { recursive: true, force: true });
});

function request(path: string, init: { method?: string; body?: unknown } = {}): NextRequest {
  const headers: Record<string, string> = { cookie };
  if (init.body !== undefined) Object.assign(headers, { "content-type": "application/json", origin: new URL(APP_URL).origin });
  return new NextRequest(new URL(path, APP_URL), {
    method: init.method ?? "GET",
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

/** `phase` is when the response came: before the stop began, while it was down, after the restart. */
type Outcome = { route: string; status: number; code: string | null; retryAfter: string | null; phase: Phase };
type Phase = "up" | "down" | "back";

const ROUTES: { name: string; call: () => Promise<Response> }[] = [
  { name: "GET /api/tenants/me", call: () => getOrganization(request("/api/tenants/me")) },
  { name: "GET /api/configurations", call: () => listConfigurations(request("/api/configurations")) },
  {
    name: "PUT /api/tenants/me",
    call: () =>
      renameOrganization(request("/api/tenants/me", { method: "PUT", body: { name: `Acme ${Math.random().toString(36).slice(2, 8)}` } })),
  },
  { name: "GET /api/health", call: () => getHealth(request("/api/health")) },
];

async function outcome(route: string, response: Response, phase: Phase): Promise<Outcome> {
  const body = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
  return { route, status: response.status, code: body?.error?.code ?? null, retryAfter: response.headers.get("retry-after"), phase };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("a PostgreSQL restart under load", () => {
  it("answers every request 2xx or 503 unavailable with Retry-After, reports health down meanwhile, and serves again once it is back", async () => {
    const CLIENTS = 16;
    const outcomes: Outcome[] = [];
    let phase: Phase = "up";
    let stopping = false;
    const servedAfterRestart = new Set<number>();

    async function client(index: number) {
      for (let i = index; !stopping; i++) {
        const route = ROUTES[i % ROUTES.length]!;
        const startedIn = phase;
        const response = await route.call();
        const result = await outcome(route.name, response, phase);
        outcomes.push(result);
        if (startedIn === "back" && result.status < 300 && result.route !== "GET /api/health") servedAfterRestart.add(index);
      }
    }

    const clients = Array.from({ length: CLIENTS }, (_, index) => client(index));
    await sleep(500);
    phase = "down";
    await pg.stop();

    const healthStarted = performance.now();
    const health = await getHealth(request("/api/health"));
    const healthMs = performance.now() - healthStarted;
    await sleep(1_000);

    pg = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: PORT });
    phase = "back";
    const backAt = performance.now();
    while (servedAfterRestart.size < CLIENTS && performance.now() - backAt < 15_000) await sleep(20);
    const recoveredMs = performance.now() - backAt;
    stopping = true;
    await Promise.all(clients);

    const unexpected = outcomes.filter(
      (o) => !(o.status < 300 || (o.status === 503 && (o.code === "unavailable" || o.route === "GET /api/health"))),
    );
    expect(unexpected).toEqual([]);
    const unavailable = outcomes.filter((o) => o.code === "unavailable");
    expect(unavailable.length).toBeGreaterThan(0);
    for (const o of unavailable) expect(Number(o.retryAfter)).toBeGreaterThan(0);
    expect(outcomes.filter((o) => o.phase === "up" && o.status >= 300)).toEqual([]);

    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: "down", database: "unreachable" });
    expect(healthMs).toBeLessThan(3_000);

    expect(servedAfterRestart.size).toBe(CLIENTS);
    expect(recoveredMs).toBeLessThan(10_000);
    const healthy = await getHealth(request("/api/health"));
    expect(healthy.status).toBe(200);
    expect(await healthy.json()).toMatchObject({ status: "ok", database: "ok" });
  }, 90_000);
});

describe("a pooled connection that died while idle", () => {
  // Ends the server side of every pooled connection while this process cannot notice: the
  // event loop stays blocked until the backends are gone, so the next statement is handed a
  // connection that is already dead, as happens when Postgres restarts between two requests.
  async function killPooledConnectionsUnnoticed() {
    const admin = postgres(pg.url("postgres"), { max: 1, onnotice: () => {} });
    const rows = await admin<{ pid: number }[]>`
      select pid from pg_stat_activity where datname = ${DATABASE} and backend_type = 'client backend'`;
    await admin.end();
    expect(rows.length).toBeGreaterThan(0);
    const pause = new Int32Array(new SharedArrayBuffer(4));
    for (const { pid } of rows) process.kill(pid, "SIGTERM");
    for (const { pid } of rows) {
      for (let waited = 0; existsSync(`/proc/${pid}`) && waited < 5_000; waited += 10) Atomics.wait(pause, 0, 0, 10);
    }
  }

  function countingHandler(attempts: { count: number }) {
    return withPublic({}, async () => {
      attempts.count += 1;
      const tenant = await withTenantTx(tenantId, (tx) => getTenant(tx, tenantId));
      return { name: tenant?.name ?? null };
    });
  }

  it("a GET whose transaction lost its connection before it began is retried once, on a fresh connection, and succeeds", async () => {
    const attempts = { count: 0 };
    const handler = countingHandler(attempts);
    expect((await handler(request("/probe"))).status).toBe(200);
    attempts.count = 0;

    await killPooledConnectionsUnnoticed();
    const response = await handler(request("/probe"));

    expect(response.status).toBe(200);
    expect(attempts.count).toBe(2);
  });

  it("a write in the same spot is not repeated: it answers 503 unavailable with Retry-After", async () => {
    const attempts = { count: 0 };
    const handler = countingHandler(attempts);
    expect((await handler(request("/probe", { method: "POST", body: {} }))).status).toBe(200);
    attempts.count = 0;

    await killPooledConnectionsUnnoticed();
    const response = await handler(request("/probe", { method: "POST", body: {} }));

    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBeTruthy();
    expect((await response.json()).error.code).toBe("unavailable");
    expect(attempts.count).toBe(1);
  });
});

describe("a signed-in page while PostgreSQL is down", () => {
  it("gets an error to show the error page, not an empty session that sends the user to sign in", async () => {
    expect((await auth())?.actor?.tenantId).toBe(tenantId);

    await pg.stop();
    const failure = await auth().then(
      () => null,
      (error: unknown) => error,
    );
    pg = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: PORT });

    expect(failure).not.toBeNull();
    expect(toAppError(failure).code).toBe("unavailable");
    expect((await auth())?.actor?.tenantId).toBe(tenantId);
  }, 60_000);
});
