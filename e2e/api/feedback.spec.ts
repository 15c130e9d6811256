import { expect, test } from "@playwright/test";
import { type Account, addMember, expectError, signUp } from "../support";

// The HTTP contract of lab results (spec §4.1): recorded against the prediction at the tested
// pressure, edited and deleted by their recorder, errors as the one error body.

const SKU = "SPENC-FC-0269-060-00000";

let a: Account;
let b: Account;
let user: Account;
let viewer: Account;
let configurationId: string;

test.beforeAll(async () => {
  a = await signUp("Lab Co");
  b = await signUp("Other Lab Co");
  user = await addMember(a, "user");
  viewer = await addMember(a, "viewer");
  const res = await a.client.post("/api/configurations", {
    data: { name: "Lab source", fluid: { viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72 }, targets: { flowMlMin: 400 } },
  });
  expect(res.status(), await res.text()).toBe(201);
  configurationId = (await res.json()).id;
});

const result = (extra: Record<string, unknown> = {}) => ({
  configurationId,
  actuatorSku: SKU,
  testConditions: { pressureBar: 3, temperatureC: 22, humidityPct: 40, batch: "B-7", instrument: "Malvern Spraytec" },
  ...extra,
});

test("a result is recorded with the prediction at its pressure, listed, edited and deleted", async () => {
  const res = await user.client.post("/api/feedback", {
    data: result({ dv50Um: 1, sprayConeAngleActual: 60, passFail: "fail", rating: 2 }),
  });
  expect(res.status(), await res.text()).toBe(201);
  const created = await res.json();
  expect(created).toMatchObject({
    actuatorSku: SKU,
    testConditions: { pressureBar: 3, batch: "B-7" },
    measured: { dv50Um: 1, coneDeg: 60 },
    predicted: { modelVersion: expect.any(String), dv50Um: { p50: expect.any(Number) } },
    predictionMatched: false,
    access: { edit: true, delete: true },
  });

  const list = await (await a.client.get(`/api/configurations/${configurationId}/feedback`)).json();
  expect(list.items.map((i: { id: string }) => i.id)).toContain(created.id);
  expect(list.access).toEqual({ create: true });

  const { configurationId: _c, ...edit } = result({ dv50Um: created.predicted.dv50Um.p50 });
  const put = await user.client.put(`/api/feedback/${created.id}`, { data: edit });
  expect(put.status(), await put.text()).toBe(200);
  expect((await put.json()).predictionMatched).toBe(true);

  expect((await user.client.delete(`/api/feedback/${created.id}`)).status()).toBe(204);
  await expectError(await user.client.delete(`/api/feedback/${created.id}`), 404, "not_found");
});

test("prediction_matched cannot be typed, and impossible measurements are refused (422)", async () => {
  for (const bad of [
    { predictionMatched: true },
    { dv10Um: 80, dv90Um: 40 },
    { flowRateActualMlMin: -5 },
    { dropletSizeRangeUm: "100-50" },
    { testConditions: { temperatureC: 20 } },
    { rating: 0 },
    { actuatorSku: "NOT-A-SKU" },
  ]) {
    await expectError(await a.client.post("/api/feedback", { data: result(bad) }), 422, "validation_failed");
  }
});

test("another organization's configuration and results are 404; viewers read only (403)", async () => {
  const mine = await (await a.client.post("/api/feedback", { data: result({ dropletSizeRangeUm: "50-100" }) })).json();
  expect(mine.measured).toMatchObject({ dropletSizeMinUm: 50, dropletSizeMaxUm: 100 });
  await expectError(await b.client.post("/api/feedback", { data: result() }), 404, "not_found");
  await expectError(await b.client.get(`/api/configurations/${configurationId}/feedback`), 404, "not_found");
  const { configurationId: _c, ...edit } = result();
  await expectError(await b.client.put(`/api/feedback/${mine.id}`, { data: edit }), 404, "not_found");
  await expectError(await b.client.delete(`/api/feedback/${mine.id}`), 404, "not_found");
  await expectError(await viewer.client.post("/api/feedback", { data: result() }), 403, "forbidden");
  await expectError(await viewer.client.delete(`/api/feedback/${mine.id}`), 403, "forbidden");
  await expectError(await user.client.put(`/api/feedback/${mine.id}`, { data: edit }), 403, "forbidden");
  const seen = await (await viewer.client.get(`/api/configurations/${configurationId}/feedback`)).json();
  expect(seen.access).toEqual({ create: false });
  expect(seen.items.find((i: { id: string }) => i.id === mine.id).access).toEqual({ edit: false, delete: false });
});
