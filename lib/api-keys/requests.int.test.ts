import { and, eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { GET as listStaffTenants } from "@/app/api/admin/tenants/route";
import { POST as createKeyRoute, GET as listKeysRoute } from "@/app/api/api-keys/route";
import { GET as listAuditLogsRoute } from "@/app/api/audit-logs/route";
import { GET as getConfigurationRoute } from "@/app/api/configurations/[id]/route";
import { POST as createConfigurationRoute, GET as listConfigurationsRoute } from "@/app/api/configurations/route";
import { GET as getProfileRoute } from "@/app/api/users/me/route";
import { auditLogs, usageCounters } from "@/db/schema";
import { withSystemTx, withTenantReadTx } from "@/db/tenant";
import { countUsage } from "@/lib/billing/usage";
import { logger } from "@/lib/http/logger";
import { changeMemberRole } from "@/lib/tenants/members";
import { addMember, createTenant } from "@/scripts/vitest/factories";
import { callApiKey } from "./calls";
import { applyRateLimit, countRequestFor } from "./metering";
import { createApiKeySchema } from "./schemas";
import { hashApiKey } from "./secret";
import { createApiKey, getApiKeyUsage, revokeApiKey } from "./service";

// The per-minute limit of every key in this file (read when the settings are first parsed).
const PER_MINUTE = 10;
process.env.API_KEY_REQUESTS_PER_MINUTE = String(PER_MINUTE);

const APP_URL = process.env.APP_URL ?? "http://localhost:3000";
const CONFIGURATION = {
  name: "Through the API",
  fluid: { viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72 },
  targets: { flowMlMin: 300 },
};

type Call = { method?: string; key?: string; body?: unknown; headers?: Record<string, string> };

function request(path: string, { method = "GET", key, body, headers = {} }: Call = {}): NextRequest {
  const all: Record<string, string> = { ...headers };
  if (key) all.authorization = `Bearer ${key}`;
  if (body !== undefined) all["content-type"] = "application/json";
  return new NextRequest(new URL(path, APP_URL), { method, headers: all, body: body === undefined ? undefined : JSON.stringify(body) });
}

const params = (values: Record<string, string>) => ({ params: Promise.resolve(values) });

async function keyFor(owner: Awaited<ReturnType<typeof createTenant>>["owner"], scopes: string[]) {
  return createApiKey(owner, createApiKeySchema.parse({ name: `Key ${scopes.join(" ")}`, scopes }));
}

async function errorOf(res: Response) {
  return ((await res.json()) as { error: { code: string; message: string } }).error;
}

describe("requests with an API key", () => {
  it("a read key lists configurations (Bearer or ?api_key=), with rate-limit headers, counted per call and per key", async () => {
    const t = await createTenant();
    const { secret, apiKey } = await keyFor(t.owner, ["configurations.read"]);
    const started = Math.floor(Date.now() / 1000);
    const res = await listConfigurationsRoute(request("/api/configurations?limit=5", { key: secret }));
    expect(res.status, await res.clone().text()).toBe(200);
    expect(res.headers.get("x-ratelimit-limit")).toBe(String(PER_MINUTE));
    expect(res.headers.get("x-ratelimit-remaining")).toBe(String(PER_MINUTE - 1));
    expect(Number(res.headers.get("x-ratelimit-reset"))).toBeGreaterThanOrEqual(started + 59);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const viaQuery = await listConfigurationsRoute(request(`/api/configurations?limit=5&api_key=${secret}`));
    expect(viaQuery.status, await viaQuery.clone().text()).toBe(200);
    expect(viaQuery.headers.get("x-ratelimit-remaining")).toBe(String(PER_MINUTE - 2));
    expect(await withTenantReadTx(t.tenantId, (tx) => countUsage(tx, t.tenantId, "api_calls_per_month"))).toBe(2);
    const usage = await withTenantReadTx(t.tenantId, (tx) => getApiKeyUsage(tx, t.owner.actor, apiKey.id, 7));
    expect(usage.total).toBe(2);
    expect(usage.days.at(-1)).toEqual({ day: new Date().toISOString().slice(0, 10), count: 2 });
  });

  it("a key given as ?api_key= is not in the request's log line", async () => {
    const t = await createTenant();
    const { secret } = await keyFor(t.owner, ["configurations.read"]);
    const level = logger.level;
    logger.level = "info";
    const spy = vi.spyOn(logger, "info").mockImplementation(() => {});
    let logged: unknown[][];
    try {
      expect((await listConfigurationsRoute(request(`/api/configurations?api_key=${secret}`))).status).toBe(200);
      expect((await listConfigurationsRoute(request(`/api/configurations?api_key=${secret}x`))).status).toBe(401);
      logged = [...spy.mock.calls];
    } finally {
      logger.level = level;
      spy.mockRestore();
    }
    expect(logged).toHaveLength(2);
    expect(logged[0]).toEqual([expect.objectContaining({ path: "/api/configurations", status: 200 }), "request"]);
    expect(JSON.stringify(logged)).not.toContain(secret.slice(8));
  });

  it("a read key cannot create (403, not counted); a write key can, from any origin, and the audit names the key", async () => {
    const t = await createTenant();
    const reader = await keyFor(t.owner, ["configurations.read"]);
    const refused = await createConfigurationRoute(
      request("/api/configurations", { method: "POST", key: reader.secret, body: CONFIGURATION }),
    );
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).message).toContain("configurations.write");
    expect(refused.headers.get("x-ratelimit-remaining")).toBe(String(PER_MINUTE - 1));
    expect(await withTenantReadTx(t.tenantId, (tx) => countUsage(tx, t.tenantId, "api_calls_per_month"))).toBe(0);

    const writer = await keyFor(t.owner, ["configurations.write"]);
    const created = await createConfigurationRoute(
      request("/api/configurations", {
        method: "POST",
        key: writer.secret,
        body: CONFIGURATION,
        headers: { origin: "https://erp.example" },
      }),
    );
    expect(created.status, await created.clone().text()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const [entry] = await withTenantReadTx(t.tenantId, (tx) =>
      tx
        .select({ userId: auditLogs.userId, changes: auditLogs.changes })
        .from(auditLogs)
        .where(and(eq(auditLogs.tenantId, t.tenantId), eq(auditLogs.resourceId, id), eq(auditLogs.action, "configuration.create"))),
    );
    expect(entry).toMatchObject({
      userId: t.ownerId,
      changes: expect.objectContaining({ viaApiKey: `Key configurations.write (${writer.apiKey.prefix}…)` }),
    });
  });

  it("another tenant's configuration is not found (404) with a key", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const made = await createConfigurationRoute(
      request("/api/configurations", {
        method: "POST",
        key: (await keyFor(a.owner, ["configurations.write"])).secret,
        body: CONFIGURATION,
      }),
    );
    const { id } = (await made.json()) as { id: string };
    const { secret } = await keyFor(b.owner, ["configurations.read"]);
    expect((await getConfigurationRoute(request(`/api/configurations/${id}`, { key: secret }), params({ id }))).status).toBe(404);
  });

  it.each([
    ["a staff endpoint", () => listStaffTenants],
    ["a person's own account", () => getProfileRoute],
    ["API key management", () => listKeysRoute],
  ])("a key cannot reach %s (403)", async (_, route) => {
    const t = await createTenant();
    const { secret } = await keyFor(t.owner, ["configurations.read", "members.read", "tenant.read", "audit.read"]);
    const res = await route()(request("/api/some-path", { key: secret }));
    expect(res.status).toBe(403);
  });

  it("a key cannot create keys, even with every scope", async () => {
    const t = await createTenant();
    const { secret } = await keyFor(t.owner, ["configurations.read", "configurations.write", "audit.read"]);
    const res = await createKeyRoute(
      request("/api/api-keys", { method: "POST", key: secret, body: { name: "Child", scopes: ["audit.read"] } }),
    );
    expect(res.status).toBe(403);
  });

  it("an unknown, malformed or revoked key is 401; revocation applies to the very next request", async () => {
    const t = await createTenant();
    const { secret, apiKey } = await keyFor(t.owner, ["configurations.read"]);
    for (const bad of ["sk_live_not-a-key", `sk_live_${"A".repeat(43)}`, ""]) {
      expect((await listConfigurationsRoute(request("/api/configurations", { key: bad }))).status).toBe(401);
    }
    expect((await listConfigurationsRoute(request("/api/configurations", { key: secret }))).status).toBe(200);
    await revokeApiKey(t.owner, apiKey.id);
    const after = await listConfigurationsRoute(request("/api/configurations", { key: secret }));
    expect(after.status).toBe(401);
    expect((await errorOf(after)).message).toBe("This API key was revoked");
  });

  it("a creator's role change applies to the key's very next request, which is then not counted", async () => {
    const t = await createTenant();
    const admin = await addMember(t.owner, "admin");
    const { secret } = await createApiKey(admin.ctx, createApiKeySchema.parse({ name: "Auditor", scopes: ["audit.read"] }));
    expect((await listAuditLogsRoute(request("/api/audit-logs", { key: secret }))).status).toBe(200);
    await changeMemberRole(t.owner, admin.userId, "user");
    const refused = await listAuditLogsRoute(request("/api/audit-logs", { key: secret }));
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).message).toContain("audit.read");
    expect(refused.headers.get("x-ratelimit-remaining")).toBe(String(PER_MINUTE - 2));
    expect(await withTenantReadTx(t.tenantId, (tx) => countUsage(tx, t.tenantId, "api_calls_per_month"))).toBe(1);
    await changeMemberRole(t.owner, admin.userId, "admin");
    expect((await listAuditLogsRoute(request("/api/audit-logs", { key: secret }))).status).toBe(200);
  });

  it("Starter has no API calls: 402 plan_limit", async () => {
    const t = await createTenant({ plan: "starter" });
    const { secret } = await keyFor(t.owner, ["configurations.read"]);
    const res = await listConfigurationsRoute(request("/api/configurations", { key: secret }));
    expect(res.status).toBe(402);
    expect(await errorOf(res)).toMatchObject({ code: "plan_limit" });
    expect(res.headers.get("x-ratelimit-limit")).toBe(String(PER_MINUTE));
  });

  it(`past ${PER_MINUTE} requests a minute: 429 with Retry-After and nothing remaining`, async () => {
    const t = await createTenant();
    const { secret } = await keyFor(t.owner, ["configurations.read"]);
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i <= PER_MINUTE; i++) {
      last = await listConfigurationsRoute(request("/api/configurations?limit=1", { key: secret }));
      statuses.push(last.status);
    }
    expect(statuses).toEqual([...Array(PER_MINUTE).fill(200), 429]);
    expect(await errorOf(last!)).toMatchObject({ code: "rate_limited" });
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(last!.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(await withTenantReadTx(t.tenantId, (tx) => countUsage(tx, t.tenantId, "api_calls_per_month"))).toBe(PER_MINUTE);
  });
});

describe("limits at the boundary, with concurrent calls", () => {
  it("the per-minute limit lets exactly its number through", async () => {
    const t = await createTenant();
    const { secret } = await keyFor(t.owner, ["configurations.read"]);
    const hash = hashApiKey(secret);
    const { state } = (await callApiKey(hash))!;
    const counted = await Promise.all(Array.from({ length: 12 }, () => callApiKey(hash, countRequestFor(state, false, new Date(), 5))));
    const outcomes = counted.map((call) => {
      try {
        applyRateLimit(new Headers(), call!.count!, 5);
        return "allowed";
      } catch (error) {
        return (error as { code: string }).code;
      }
    });
    expect(outcomes.filter((o) => o === "allowed")).toHaveLength(5);
    expect(outcomes.filter((o) => o !== "allowed")).toEqual(Array(7).fill("rate_limited"));
  });

  it("the monthly calls let exactly what is left through", async () => {
    const t = await createTenant();
    const now = new Date();
    const periodStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    await withSystemTx((tx) =>
      tx.insert(usageCounters).values({ tenantId: t.tenantId, metric: "api_calls_per_month", periodStart, count: 10_000 - 4 }),
    );
    const { secret } = await keyFor(t.owner, ["configurations.read"]);
    const responses = await Promise.all(
      Array.from({ length: 9 }, () => listConfigurationsRoute(request("/api/configurations?limit=1", { key: secret }))),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 402, 402, 402, 402, 402]);
    expect(await withTenantReadTx(t.tenantId, (tx) => countUsage(tx, t.tenantId, "api_calls_per_month"))).toBe(10_000);
  });

  it("Enterprise is unlimited", async () => {
    const t = await createTenant({ plan: "enterprise" });
    const { secret } = await keyFor(t.owner, ["configurations.read"]);
    expect((await listConfigurationsRoute(request("/api/configurations", { key: secret }))).status).toBe(200);
  });
});
