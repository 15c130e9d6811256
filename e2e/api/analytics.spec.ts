import { expect, request, test } from "@playwright/test";
import { BASE_URL } from "../../playwright.config";
import { type Account, addMember, expectError, signUp } from "../support";

// The HTTP contract of analytics (spec §4.2): accuracy of the tenant's predictions against its
// lab results, usage per day, most used SKUs and fluids. Admins and users only (spec §1.2).

const SKU = "SPENC-FC-0269-060-00000";

let a: Account;
let b: Account;
let user: Account;
let viewer: Account;
let configurationId: string;

test.beforeAll(async () => {
  a = await signUp("Analytics Co");
  b = await signUp("Other Analytics Co");
  user = await addMember(a, "user");
  viewer = await addMember(a, "viewer");
  const res = await a.client.post("/api/configurations", {
    data: { name: "Analytics source", fluid: { viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72 }, targets: { flowMlMin: 400 } },
  });
  expect(res.status(), await res.text()).toBe(201);
  configurationId = (await res.json()).id;
  for (const [dv50Um, sprayConeAngleActual, flowRateActualMlMin] of [
    [60, 70, 420],
    [90, 80, 380],
    [45, null, 400],
  ]) {
    const recorded = await user.client.post("/api/feedback", {
      data: { configurationId, actuatorSku: SKU, testConditions: { pressureBar: 3 }, dv50Um, sprayConeAngleActual, flowRateActualMlMin },
    });
    expect(recorded.status(), await recorded.text()).toBe(201);
  }
});

test("accuracy gives N, bias, RMSE and coverage overall and by breakdown, with the scatter points", async () => {
  const res = await user.client.get("/api/analytics/accuracy");
  expect(res.status(), await res.text()).toBe(200);
  expect(res.headers()["cache-control"]).toBe("no-store");
  const body = await res.json();
  expect(body.overall).toMatchObject({
    n: 3,
    droplet: { n: 3, bias: expect.any(Number), rmse: expect.any(Number), coverage: expect.any(Number) },
    cone: { n: 2 },
    flow: { n: 3 },
  });
  expect(body.bySku).toEqual([expect.objectContaining({ key: SKU, n: 3 })]);
  expect(body.bySprayType).toEqual([expect.objectContaining({ key: "full_cone", n: 3 })]);
  expect(body.byFluidClass).toEqual([expect.objectContaining({ key: "thin", n: 3 })]);
  expect(body.byModelVersion).toEqual([expect.objectContaining({ key: expect.any(String), n: 3 })]);
  expect(body.overTime).toEqual([expect.objectContaining({ key: expect.stringMatching(/^\d{4}-\d{2}-01$/), n: 3 })]);
  expect(body.points).toHaveLength(3);
  expect(body.points[0]).toMatchObject({
    actuatorSku: SKU,
    configurationId,
    droplet: { measured: expect.any(Number), p10: expect.any(Number) },
  });
  expect(body.pointsCapped).toBe(false);
});

test("accuracy filters narrow the results; week buckets start on Mondays", async () => {
  const none = await (await a.client.get(`/api/analytics/accuracy?fluidClass=viscous`)).json();
  expect(none.overall.n).toBe(0);
  expect(none.points).toEqual([]);
  const past = await (await a.client.get("/api/analytics/accuracy?from=2001-01-01&to=2001-12-31")).json();
  expect(past.overall.n).toBe(0);
  const bySku = await (await a.client.get(`/api/analytics/accuracy?sku=${SKU}&sprayType=full_cone&bucket=week`)).json();
  expect(bySku.overall.n).toBe(3);
  expect(new Date(`${bySku.overTime[0].key}T00:00:00Z`).getUTCDay()).toBe(1);
});

test("usage answers every day of the range, and top configurations the SKUs and fluids used", async () => {
  const today = new Date().toISOString().slice(0, 10);
  const usage = await (await a.client.get(`/api/analytics/usage?to=${today}`)).json();
  expect(usage.days).toHaveLength(30);
  expect(usage.days.at(-1)).toMatchObject({ day: today, configurationsCreated: 1, rankingsRun: 1, feedbackSubmitted: 3 });
  expect(usage.totals).toMatchObject({ feedbackSubmitted: 3, configurationsCreated: 1, activeMembers: expect.any(Number) });
  expect(usage.totals.activeMembers).toBeGreaterThanOrEqual(1);

  const top = await (await a.client.get("/api/analytics/top-configurations?limit=5")).json();
  expect(top.skus.tested).toEqual([expect.objectContaining({ sku: SKU, count: 3, sprayType: "full_cone" })]);
  expect(top.skus.rankedFirst).toHaveLength(1);
  expect(top.fluids).toEqual([{ fluidId: null, name: null, count: 1 }]);
});

test("another organization sees none of these results", async () => {
  const accuracy = await (await b.client.get("/api/analytics/accuracy")).json();
  expect(accuracy.overall.n).toBe(0);
  expect(accuracy.bySku).toEqual([]);
  const top = await (await b.client.get("/api/analytics/top-configurations")).json();
  expect(top.skus.tested).toEqual([]);
  const usage = await (await b.client.get("/api/analytics/usage")).json();
  expect(usage.totals.feedbackSubmitted).toBe(0);
});

test("viewers cannot view analytics (403); keys need the analytics.read scope", async () => {
  for (const path of ["/api/analytics/accuracy", "/api/analytics/usage", "/api/analytics/top-configurations"]) {
    await expectError(await viewer.client.get(path), 403, "forbidden");
  }
  const key = async (scopes: string[]) => {
    const res = await a.client.post("/api/api-keys", { data: { name: "Dashboards", scopes } });
    expect(res.status(), await res.text()).toBe(201);
    return (await res.json()).secret as string;
  };
  const script = await request.newContext({ baseURL: BASE_URL });
  const withScope = await script.get("/api/analytics/accuracy", { headers: { Authorization: `Bearer ${await key(["analytics.read"])}` } });
  expect(withScope.status(), await withScope.text()).toBe(200);
  expect((await withScope.json()).overall.n).toBe(3);
  const without = await script.get("/api/analytics/accuracy", {
    headers: { Authorization: `Bearer ${await key(["configurations.read"])}` },
  });
  await expectError(without, 403, "forbidden");
  await script.dispose();
});

test("bad input is a 422 naming the parameter, never a 500", async () => {
  for (const [path, field] of [
    ["/api/analytics/accuracy?from=2026-13-01", "from"],
    ["/api/analytics/accuracy?from=2026-02-30", "from"],
    ["/api/analytics/accuracy?from=2026-05-01&to=2026-04-01", "from"],
    ["/api/analytics/accuracy?sprayType=mist", "sprayType"],
    ["/api/analytics/accuracy?fluidClass=thick", "fluidClass"],
    ["/api/analytics/accuracy?bucket=day", "bucket"],
    ["/api/analytics/accuracy?colour=red", ""],
    ["/api/analytics/usage?from=2024-01-01&to=2026-01-01", "to"],
    ["/api/analytics/usage?to=yesterday", "to"],
    ["/api/analytics/top-configurations?limit=0", "limit"],
    ["/api/analytics/top-configurations?limit=abc", "limit"],
  ] as const) {
    const error = await expectError(await a.client.get(path), 422, "validation_failed");
    if (field) expect(JSON.stringify(error.details), path).toContain(field);
  }
});
