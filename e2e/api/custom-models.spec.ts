import { expect, test } from "@playwright/test";
import { createSyntheticLab } from "@/lib/ml/synthetic-lab";
import { generateCatalog } from "@/lib/prediction/catalog-generator";
import { type Account, DEMO, expectError, login, signUp } from "../support";

// The demo catalog is generated with this size and seed (scripts/seed.ts).
const catalog = generateCatalog(200, 2026)
  .filter((a) => a.maxPressureBar >= 3)
  .slice(0, 12);

/** 20 synthetic-lab results per SKU: a truth other than the engine's, which a model can learn. */
function labRecords() {
  const lab = createSyntheticLab({ seed: 11 });
  return catalog.flatMap((a) =>
    Array.from({ length: 20 }, (_, i) => {
      const fluid = { viscosityCp: 0.8 + (i % 5) * 0.8, densityKgM3: 950 + (i % 4) * 40, surfaceTensionMNm: 35 + (i % 7) * 5 };
      const pressureBar = Math.min(a.maxPressureBar, a.refPressureBar * (0.7 + (i % 6) * 0.2));
      const m = lab.measure(a, { ...fluid, flashPointC: null }, pressureBar);
      return { actuatorSku: a.sku, pressureBar, fluid, dv50Um: m.dv50Um, flowMlMin: m.flowMlMin, coneDeg: m.coneDeg };
    }),
  );
}

let enterprise: Account;
test.beforeAll(async () => {
  enterprise = await signUp();
  const staff = await login(DEMO.staff, DEMO.password);
  const res = await staff.put(`/api/admin/tenants/${enterprise.tenantId}/plan`, {
    data: { plan: "enterprise", monthlyAmountCents: 900_000 },
  });
  expect(res.status(), await res.text()).toBe(204);
});

const PREDICT = {
  fluid: { viscosityCp: 1.5, densityKgM3: 1000, surfaceTensionMNm: 60, flashPointC: null },
  targets: { maxPressureBar: 10 },
  topN: 200,
};

test("a model trained in the background beats the physics, activates, and corrects predictions with ?model_id=", async () => {
  const started = await enterprise.client.post("/api/ml/custom-models/train", {
    data: { name: "Line 3", model_type: "calibration", training_data: { source: "records", records: labRecords() } },
  });
  expect(started.status(), await started.text()).toBe(202);
  const { model_id, status, eta } = (await started.json()) as { model_id: string; status: string; eta: string };
  expect(status).toBe("training");
  expect(Number.isNaN(Date.parse(eta))).toBe(false);

  let model: { status: string; beatsBaseline: boolean | null; metrics: { dv50Log: { baseline: number; model: number } } | null } | null =
    null;
  await expect
    .poll(
      async () => {
        model = await (await enterprise.client.get(`/api/ml/custom-models/${model_id}`)).json();
        return model!.status;
      },
      { timeout: 60_000, intervals: [500] },
    )
    .toBe("ready");
  expect(model!.beatsBaseline).toBe(true);
  expect(model!.metrics!.dv50Log.model).toBeLessThan(model!.metrics!.dv50Log.baseline);

  await expectError(await enterprise.client.post(`/api/configurations/predict?model_id=${model_id}`, { data: PREDICT }), 409, "conflict");
  expect((await enterprise.client.post(`/api/ml/custom-models/${model_id}/activate`)).status()).toBe(200);
  const res = await enterprise.client.post(`/api/configurations/predict?model_id=${model_id}`, { data: PREDICT });
  expect(res.status(), await res.text()).toBe(200);
  expect((await res.json()).customModelId).toBe(model_id);

  // Another organization: its model id is nobody's.
  const other = await signUp();
  await expectError(await other.client.get(`/api/ml/custom-models/${model_id}`), 404, "not_found");
  await expectError(await other.client.post(`/api/configurations/predict?model_id=${model_id}`, { data: PREDICT }), 402, "plan_limit");
});

test("outside Enterprise, training is a 402 with the plan's error body", async () => {
  const starter = await signUp();
  await expectError(
    await starter.client.post("/api/ml/custom-models/train", { data: { name: "No", model_type: "random_forest" } }),
    402,
    "plan_limit",
  );
  const list = await (await starter.client.get("/api/ml/custom-models")).json();
  expect(list).toEqual({ available: false, models: [] });
});
