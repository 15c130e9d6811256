import { randomUUID } from "node:crypto";
import { type APIRequestContext, type APIResponse, expect, request, test } from "@playwright/test";
import Papa from "papaparse";
import { BASE_URL } from "../../playwright.config";
import { type Account, DEMO, expectError, login, signUp } from "../support";

// GET /api/ml/training-data as the retraining service calls it: a staff-made service token,
// every page by its cursor, nothing in it that says whose results they are.

const SKU = "SPENC-FC-0269-060-00000";

let staff: APIRequestContext;
let machine: APIRequestContext;
let secret: string;
let tokenId: string;

test.beforeAll(async () => {
  staff = await login(DEMO.staff, DEMO.password);
  const made = await staff.post("/api/admin/service-tokens", {
    data: { name: `Retraining ${randomUUID().slice(0, 6)}`, scopes: ["ml.training_data.read"] },
  });
  expect(made.status(), await made.text()).toBe(201);
  ({ secret } = (await made.json()) as { secret: string });
  tokenId = ((await made.json()) as { token: { id: string } }).token.id;
  machine = await request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { Authorization: `Bearer ${secret}` } });
});

/** A new organization with one configuration and lab results full of its own words. */
async function labOrganization(mark: string, dv50Um: number) {
  const admin = await signUp(`Org-${mark}`);
  const configuration = await admin.client.post("/api/configurations", {
    data: {
      name: `Line-${mark}`,
      fluid: { viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72 },
      targets: { flowMlMin: 300 },
    },
  });
  expect(configuration.status(), await configuration.text()).toBe(201);
  const configurationId = ((await configuration.json()) as { id: string }).id;
  const ids: string[] = [];
  for (const pressureBar of [2, 4]) {
    const res = await admin.client.post("/api/feedback", {
      data: {
        configurationId,
        actuatorSku: SKU,
        testConditions: { pressureBar, batch: `Batch-${mark}`, instrument: `Laser-${mark}` },
        dv50Um,
        passFail: "fail",
        rating: 2,
        issueDescription: `Dripped at ${mark}`,
      },
    });
    expect(res.status(), await res.text()).toBe(201);
    ids.push(((await res.json()) as { id: string }).id);
  }
  return { admin, configurationId, ids, mark };
}

/** Every page as JSON lines; the bodies and headers as one text, and the records. */
async function readAll(limit: number) {
  let path: string | null = `/api/ml/training-data?limit=${limit}`;
  const seen: string[] = [];
  const records: Record<string, unknown>[] = [];
  while (path) {
    const res: APIResponse = await machine.get(path);
    expect(res.status(), await res.text()).toBe(200);
    expect(res.headers()["content-type"]).toMatch(/^application\/x-ndjson/);
    const body = await res.text();
    seen.push(body, JSON.stringify(res.headers()));
    records.push(
      ...body
        .split("\n")
        .filter(Boolean)
        .map((line: string) => JSON.parse(line) as Record<string, unknown>),
    );
    const next: string | undefined = res.headers().link?.match(/^<([^>]+)>; rel="next"$/)?.[1];
    path = next ?? null;
  }
  return { text: seen.join("\n"), records };
}

const ofDv50 = (records: Record<string, unknown>[], dv50: number) => records.filter((r) => r.measured_dv50_um === dv50);

function expectNothingOf(text: string, org: Awaited<ReturnType<typeof labOrganization>> & { admin: Account }) {
  for (const secretText of [org.admin.tenantId, org.admin.userId, org.admin.email, org.configurationId, ...org.ids, org.mark]) {
    expect(text.toLowerCase(), secretText).not.toContain(secretText.toLowerCase());
  }
}

test("every page, followed by its Link, holds the sharing organizations' results and no id or words of theirs", async () => {
  const a = await labOrganization(`q${randomUUID().slice(0, 8)}`, 171.25);
  const b = await labOrganization(`q${randomUUID().slice(0, 8)}`, 172.25);
  const { text, records } = await readAll(3);
  expectNothingOf(text, a);
  expectNothingOf(text, b);
  const ofA = ofDv50(records, 171.25);
  const ofB = ofDv50(records, 172.25);
  expect(ofA).toHaveLength(2);
  expect(ofB).toHaveLength(2);
  expect(ofA[0]).toMatchObject({ actuator_sku: SKU, pass_fail: "fail", rating: 2, test_pressure_bar: 2 });
  expect(new Set(ofA.map((r) => r.tenant_key)).size).toBe(1);
  expect(ofA[0]!.tenant_key).not.toBe(ofB[0]!.tenant_key);
  expect(new Set(records.map((r) => r.record_key)).size).toBe(records.length);
});

test("an organization that stops sharing is left out", async () => {
  const org = await labOrganization(`q${randomUUID().slice(0, 8)}`, 173.25);
  expect(ofDv50((await readAll(5000)).records, 173.25)).toHaveLength(2);
  expect((await org.admin.client.put("/api/tenants/me", { data: { shareFeedback: false } })).status()).toBe(200);
  expect(ofDv50((await readAll(5000)).records, 173.25)).toHaveLength(0);
});

test("CSV has the same records under a header row", async () => {
  await labOrganization(`q${randomUUID().slice(0, 8)}`, 174.25);
  const res = await machine.get("/api/ml/training-data?format=csv&limit=5000");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/^text\/csv/);
  const parsed = Papa.parse<Record<string, string>>(await res.text(), { header: true, skipEmptyLines: true });
  expect(parsed.meta.fields?.slice(0, 4)).toEqual(["record_key", "tenant_key", "created_day", "actuator_sku"]);
  expect(parsed.data.filter((r) => r.measured_dv50_um === "174.25")).toHaveLength(2);
});

test("a bad cursor or limit is 422; no token is 401, a member's session 401, a revoked token 401", async () => {
  await expectError(await machine.get("/api/ml/training-data?cursor=bm90LWEtY3Vyc29y"), 422, "validation_failed");
  await expectError(await machine.get("/api/ml/training-data?limit=0"), 422, "validation_failed");
  const anonymous = await request.newContext({ baseURL: BASE_URL });
  await expectError(await anonymous.get("/api/ml/training-data"), 401, "unauthorized");
  const member = await signUp();
  await expectError(await member.client.get("/api/ml/training-data"), 401, "unauthorized");
  await expectError(await staff.get("/api/ml/training-data"), 401, "unauthorized");

  const listed = (await (await staff.get("/api/admin/service-tokens")).json()) as { items: { id: string; lastUsedAt: string | null }[] };
  expect(listed.items.find((t) => t.id === tokenId)?.lastUsedAt).not.toBeNull();
  expect(JSON.stringify(listed)).not.toContain(secret);
  expect((await staff.delete(`/api/admin/service-tokens/${tokenId}`)).status()).toBe(204);
  await expectError(await machine.get("/api/ml/training-data"), 401, "unauthorized");
});
