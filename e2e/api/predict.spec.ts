import { expect, test } from "@playwright/test";
import { type Account, expectError, signUp } from "../support";

let member: Account;
test.beforeAll(async () => {
  member = await signUp();
});

const glycerol60 = { viscosityCp: 10.8, densityKgM3: 1153, surfaceTensionMNm: 67.5, flashPointC: null };

test("POST /api/configurations/predict ranks the catalog without saving", async () => {
  const res = await member.client.post("/api/configurations/predict", {
    data: { fluid: glycerol60, targets: { flowMlMin: 800, maxPressureBar: 8, coneDeg: 60 }, topN: 5 },
  });
  expect(res.status(), await res.text()).toBe(200);
  const body = await res.json();
  expect(body).toMatchObject({ modelVersion: expect.any(String), evaluatedCount: 200 });
  expect(body.ranked.length).toBeGreaterThan(0);
  expect(body.ranked[0]).toMatchObject({
    sku: expect.stringMatching(/^(SPENC|COST)-/),
    dv50Um: { p10: expect.any(Number), p50: expect.any(Number), p90: expect.any(Number) },
    coneDeg: { p50: expect.any(Number) },
    priceUsd: expect.any(String),
  });
});

for (const [name, data, path] of [
  ["viscosity above the validated range", { fluid: { ...glycerol60, viscosityCp: 5000 } }, "fluid.viscosityCp"],
  ["negative target flow", { fluid: glycerol60, targets: { flowMlMin: -1 } }, "targets.flowMlMin"],
  ["unknown fluid property", { fluid: { ...glycerol60, colour: "blue" } }, "fluid"],
  ["missing fluid", { targets: {} }, "fluid"],
] as const) {
  test(`predict refuses ${name} (422, ${path})`, async () => {
    const error = await expectError(await member.client.post("/api/configurations/predict", { data }), 422, "validation_failed");
    expect(error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
  });
}
