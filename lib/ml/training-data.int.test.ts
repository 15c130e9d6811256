import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as trainingDataRoute } from "@/app/api/ml/training-data/route";
import { getDb } from "@/db/client";
import { auditLogs, fluids, serviceTokens, users } from "@/db/schema";
import { withSystemTx } from "@/db/tenant";
import { createApiKeySchema } from "@/lib/api-keys/schemas";
import { createApiKey } from "@/lib/api-keys/service";
import { createConfigurationSchema } from "@/lib/configurations/schemas";
import { createConfiguration } from "@/lib/configurations/service";
import { createFeedbackSchema } from "@/lib/feedback/schemas";
import { createFeedback } from "@/lib/feedback/service";
import { updateTenant } from "@/lib/tenants/lifecycle";
import { seedCatalog } from "@/scripts/seed";
import { actorFor, createTenant } from "@/scripts/vitest/factories";
import { createServiceTokenSchema } from "./schemas";
import { createServiceToken, listServiceTokens, revokeServiceToken } from "./service-tokens";
import { TRAINING_DATA_COLUMNS } from "./training-data";

const APP_URL = process.env.APP_URL ?? "http://localhost:3000";

let fluidId: string;
let sku: string;
let staff: Awaited<ReturnType<typeof actorFor>>;
let token: string;

function request(path: string, bearer?: string): NextRequest {
  return new NextRequest(new URL(path, APP_URL), { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
}

async function newToken(input: { scopes?: string[]; expiresAt?: string } = {}) {
  return createServiceToken(staff, createServiceTokenSchema.parse({ name: "Retraining", scopes: ["ml.training_data.read"], ...input }));
}

/** A tenant with a configuration and `count` lab results, full of text and ids that must not leave. */
async function labTenant(mark: string, count: number, dv50Base: number) {
  const t = await createTenant({ company: `Company-${mark}` });
  const configuration = await createConfiguration(
    t.owner,
    createConfigurationSchema.parse({
      name: `Configuration-${mark}`,
      fluid: { fluidId, viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72 },
      targets: { flowMlMin: 500, maxPressureBar: 6 },
    }),
  );
  sku ??= configuration.compatibleActuators[0]!.sku;
  const feedbackIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const created = await createFeedback(
      t.owner,
      createFeedbackSchema.parse({
        configurationId: configuration.id,
        actuatorSku: sku,
        testConditions: { pressureBar: 3, temperatureC: 21, humidityPct: 40, batch: `Batch-${mark}`, instrument: `Instrument-${mark}` },
        dv10Um: dv50Base / 2,
        dv50Um: dv50Base + i / 1000,
        dv90Um: dv50Base * 2,
        dropletSizeRangeUm: "41-97",
        passFail: "pass",
        rating: 4,
        issueDescription: `Issue-${mark} nozzle clogged`,
        confidence: 0.5,
      }),
    );
    feedbackIds.push(created.id);
  }
  return { ...t, configurationId: configuration.id, feedbackIds, mark };
}

type Record_ = Record<(typeof TRAINING_DATA_COLUMNS)[number], unknown>;

/** Every page, following the cursor; the raw bodies and the parsed records. */
async function fetchAll(limit: number, bearer = token) {
  const bodies: string[] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ limit: String(limit) });
    if (cursor) query.set("cursor", cursor);
    const res = await trainingDataRoute(request(`/api/ml/training-data?${query}`, bearer));
    expect(res.status, await res.clone().text()).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    bodies.push(await res.text());
    for (const [name, value] of res.headers) bodies.push(`${name}: ${value}`);
    cursor = res.headers.get("x-next-cursor");
  } while (cursor);
  const records = bodies
    .filter((body) => body.startsWith("{"))
    .flatMap((body) => body.split("\n").filter(Boolean))
    .map((line) => JSON.parse(line) as Record_);
  return { text: bodies.join("\n"), records };
}

beforeAll(async () => {
  await seedCatalog();
  const [water] = await getDb().select().from(fluids).where(eq(fluids.slug, "water"));
  fluidId = water!.id;
  const own = await createTenant({ company: `AeroSpec Ops ${randomUUID().slice(0, 6)}` });
  await withSystemTx((tx) => tx.update(users).set({ isStaff: true }).where(eq(users.id, own.ownerId)));
  staff = await actorFor(own.tenantId, own.ownerId);
  token = (await newToken()).secret;
});

describe("GET /api/ml/training-data", () => {
  it("holds no tenant, user, configuration or result id, email or free text of any tenant, across every page", async () => {
    const mark = () => `zq${randomUUID().replaceAll("-", "").slice(0, 10)}`;
    const a = await labTenant(mark(), 3, 111.5);
    const b = await labTenant(mark(), 2, 222.5);
    const { text, records } = await fetchAll(2);
    const ours = records.filter((r) => [111, 222].includes(Math.floor(Number(r.measured_dv50_um))));
    expect(ours.length).toBeGreaterThanOrEqual(5);
    for (const t of [a, b]) {
      const secrets = [t.tenantId, t.ownerId, t.ownerEmail, t.configurationId, ...t.feedbackIds, t.mark, "41-97", "clogged"];
      for (const secret of secrets) expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
    }
    // Every record has exactly the documented fields, and no text beyond catalog and engine values.
    for (const record of ours) {
      expect(Object.keys(record)).toEqual([...TRAINING_DATA_COLUMNS]);
      expect(record).toMatchObject({
        actuator_sku: sku,
        fluid_class: "thin",
        test_pressure_bar: 3,
        test_temperature_c: 21,
        test_humidity_pct: 40,
        pass_fail: "pass",
        rating: 4,
        fluid_viscosity_cp: 1,
      });
      expect(record.created_day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(typeof record.baseline_dv50_p50_um).toBe("number");
      expect(typeof record.spray_type).toBe("string");
    }
    // One tenant's records share one pseudonym, another tenant's differ; each record has its own.
    const keyOf = (base: number) => new Set(ours.filter((r) => Math.floor(Number(r.measured_dv50_um)) === base).map((r) => r.tenant_key));
    expect(keyOf(111).size).toBe(1);
    expect(keyOf(222).size).toBe(1);
    expect([...keyOf(111)][0]).not.toBe([...keyOf(222)][0]);
    expect(new Set(ours.map((r) => r.record_key)).size).toBe(ours.length);
  });

  it("leaves out the results of organizations that do not share, and theirs return when they do", async () => {
    const t = await labTenant(`zq${randomUUID().slice(0, 8)}`, 2, 333.25);
    const mine = (records: Record_[]) => records.filter((r) => Math.floor(Number(r.measured_dv50_um)) === 333);
    expect(mine((await fetchAll(500)).records)).toHaveLength(2);
    await updateTenant(t.owner, { shareFeedback: false });
    expect(mine((await fetchAll(500)).records)).toHaveLength(0);
    await updateTenant(t.owner, { shareFeedback: true });
    expect(mine((await fetchAll(500)).records)).toHaveLength(2);
  });

  it("pages without skipping or repeating a record, and refuses a cursor it did not make with 422", async () => {
    await labTenant(`zq${randomUUID().slice(0, 8)}`, 3, 444.5);
    const whole = (await fetchAll(5000)).records.map((r) => r.record_key);
    const paged = (await fetchAll(1)).records.map((r) => r.record_key);
    // Other files' results may arrive meanwhile: the paged read holds every record the whole one had, in order.
    expect(paged.slice(0, whole.length)).toEqual(whole);
    expect(new Set(paged).size).toBe(paged.length);

    const first = await trainingDataRoute(request("/api/ml/training-data?limit=1", token));
    const cursor = first.headers.get("x-next-cursor")!;
    expect(first.headers.get("link")).toBe(`</api/ml/training-data?format=jsonl&limit=1&cursor=${cursor}>; rel="next"`);
    // A cursor of the plain kit (a real id inside), a tampered one, and garbage are all refused.
    const plain = Buffer.from(JSON.stringify(["2026-01-01T00:00:00.000000Z", randomUUID()])).toString("base64url");
    const tampered = `${cursor.slice(0, -2)}${cursor.endsWith("AA") ? "BB" : "AA"}`;
    for (const bad of [plain, tampered, "not-a-cursor"]) {
      const res = await trainingDataRoute(request(`/api/ml/training-data?cursor=${bad}`, token));
      expect(res.status, bad).toBe(422);
    }
    for (const bad of ["limit=0", "limit=5001", "format=xml", "tenant=1"]) {
      expect((await trainingDataRoute(request(`/api/ml/training-data?${bad}`, token))).status, bad).toBe(422);
    }
  });

  it("answers CSV with a header row of the documented columns", async () => {
    await labTenant(`zq${randomUUID().slice(0, 8)}`, 1, 555.5);
    const res = await trainingDataRoute(request("/api/ml/training-data?format=csv&limit=5000", token));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    const parsed = Papa.parse<Record<string, string>>(await res.text(), { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual([...TRAINING_DATA_COLUMNS]);
    const row = parsed.data.find((r) => r.measured_dv50_um === "555.5");
    expect(row).toMatchObject({ actuator_sku: sku, test_pressure_bar: "3", pass_fail: "pass", rating: "4" });
    expect(Number(res.headers.get("x-record-count"))).toBe(parsed.data.length);
  });
});

describe("who may read the training data", () => {
  it("no token or a member's API key is refused; a revoked, expired or unscoped token is 401/403", async () => {
    const t = await createTenant();
    const { secret: apiKey } = await createApiKey(t.owner, createApiKeySchema.parse({ name: "Key", scopes: ["feedback.write"] }));
    expect((await trainingDataRoute(request("/api/ml/training-data"))).status).toBe(401);
    expect((await trainingDataRoute(request("/api/ml/training-data", apiKey))).status).toBe(403);
    expect((await trainingDataRoute(request("/api/ml/training-data", `st_live_${"x".repeat(43)}`))).status).toBe(401);

    const revoked = await newToken();
    expect((await trainingDataRoute(request("/api/ml/training-data?limit=1", revoked.secret))).status).toBe(200);
    await revokeServiceToken(staff, revoked.token.id);
    const afterRevoke = await trainingDataRoute(request("/api/ml/training-data?limit=1", revoked.secret));
    expect(afterRevoke.status).toBe(401);
    expect(((await afterRevoke.json()) as { error: { message: string } }).error.message).toMatch(/revoked/);

    const expiring = await newToken({ expiresAt: new Date(Date.now() + 60_000).toISOString() });
    await withSystemTx((tx) =>
      tx
        .update(serviceTokens)
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .where(eq(serviceTokens.id, expiring.token.id)),
    );
    expect((await trainingDataRoute(request("/api/ml/training-data?limit=1", expiring.secret))).status).toBe(401);

    const unscoped = await newToken();
    await withSystemTx((tx) =>
      tx
        .update(serviceTokens)
        .set({ scopes: ["other.scope"] })
        .where(eq(serviceTokens.id, unscoped.token.id)),
    );
    expect((await trainingDataRoute(request("/api/ml/training-data?limit=1", unscoped.secret))).status).toBe(403);
  });
});

describe("service tokens", () => {
  it("are stored hashed, listed without their secret, stamped when used, and audited when created and revoked", async () => {
    const created = await newToken();
    expect(created.secret).toMatch(/^st_live_[A-Za-z0-9_-]{43}$/);
    expect(created.token.prefix).toBe(created.secret.slice(0, 16));
    const [row] = await withSystemTx((tx) => tx.select().from(serviceTokens).where(eq(serviceTokens.id, created.token.id)));
    expect(row!.secretHash).not.toContain(created.secret);
    expect(row!.lastUsedAt).toBeNull();
    await trainingDataRoute(request("/api/ml/training-data?limit=1", created.secret));
    const listed = (await listServiceTokens()).items.find((item) => item.id === created.token.id)!;
    expect(listed.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed)).not.toContain(created.secret);
    expect(listed.createdBy).toEqual({ name: staff.actor.name, email: staff.actor.email });

    await revokeServiceToken(staff, created.token.id);
    await revokeServiceToken(staff, created.token.id);
    expect((await listServiceTokens()).items.find((item) => item.id === created.token.id)!.revokedAt).not.toBeNull();
    const audits = await withSystemTx((tx) =>
      tx
        .select({ action: auditLogs.action })
        .from(auditLogs)
        .where(and(eq(auditLogs.tenantId, staff.actor.tenantId), eq(auditLogs.resourceId, created.token.id))),
    );
    expect(audits.map((a) => a.action).sort()).toEqual(["service_token.create", "service_token.revoke"]);
  });

  it("revoking a token that does not exist is a 404", async () => {
    await expect(revokeServiceToken(staff, randomUUID())).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses an unknown scope, a past expiry and an empty name", () => {
    for (const bad of [
      { name: "X", scopes: ["ml.everything"] },
      { name: "X", scopes: ["ml.training_data.read"], expiresAt: "2020-01-01T00:00:00Z" },
      { name: " ", scopes: ["ml.training_data.read"] },
    ]) {
      expect(createServiceTokenSchema.safeParse(bad).success).toBe(false);
    }
  });
});
