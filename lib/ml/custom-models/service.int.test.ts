import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLogs, fluids, outbox } from "@/db/schema";
import { withSystemTx } from "@/db/tenant";
import { getCatalogSnapshot } from "@/lib/catalog/engine-catalog";
import { predictForInput } from "@/lib/configurations/predict";
import { createConfigurationSchema as configurationInput, predictRequestSchema } from "@/lib/configurations/schemas";
import { createConfiguration } from "@/lib/configurations/service";
import { createFeedbackSchema } from "@/lib/feedback/schemas";
import { createFeedback } from "@/lib/feedback/service";
import { createMulberry32, sampleLogUniform, sampleNormal, sampleUniform } from "@/lib/prediction/prng";
import type { Actuator } from "@/lib/prediction/schemas";
import { seedCatalog } from "@/scripts/seed";
import { createTenant } from "@/scripts/vitest/factories";
import { createSyntheticLab } from "../synthetic-lab";
import { loadActiveCustomModel } from "./active-model";
import type { ModelType } from "./model-types";
import { toRecordRows } from "./rows";
import { type InlineTrainingRecord, trainCustomModelSchema } from "./schemas";
import { activateCustomModel, getCustomModel, listCustomModels, startCustomModelTraining } from "./service";
import { trainCustomModel } from "./training-job";

let actuators: Actuator[] = [];

beforeAll(async () => {
  await seedCatalog();
  // Water-like liquids only need SKUs that run at modest pressures.
  actuators = (await getCatalogSnapshot()).actuators.filter((a) => a.maxPressureBar >= 3).slice(0, 12);
});

/** 20 synthetic-lab results per SKU on the real catalog: the truth is another model than the engine's. */
function labRecords(seed: number): InlineTrainingRecord[] {
  const lab = createSyntheticLab({ seed });
  const random = createMulberry32(seed);
  const records: InlineTrainingRecord[] = [];
  for (const a of actuators) {
    for (let i = 0; i < 20; i++) {
      const fluid = {
        viscosityCp: sampleLogUniform(random, 0.7, 4.5),
        densityKgM3: sampleUniform(random, 900, 1100),
        surfaceTensionMNm: sampleUniform(random, 30, 73),
      };
      const pressureBar = Math.min(a.maxPressureBar, sampleLogUniform(random, Math.max(0.5, 0.6 * a.refPressureBar), 2 * a.refPressureBar));
      const m = lab.measure(a, { ...fluid, flashPointC: null }, pressureBar);
      records.push({ actuatorSku: a.sku, pressureBar, fluid, dv50Um: m.dv50Um, flowMlMin: m.flowMlMin, coneDeg: m.coneDeg });
    }
  }
  return records;
}

/** Records whose measurements are the physics itself with zero-mean noise: nothing to learn. */
async function noiseRecords(): Promise<InlineTrainingRecord[]> {
  const catalog = await getCatalogSnapshot();
  const records = labRecords(9);
  const rows = toRecordRows(records, catalog);
  const random = createMulberry32(99);
  return records.map((r, i) => {
    const b = rows[i]!.baseline;
    const dv50Um = b.dv50Um.p50 * Math.exp(0.2 * sampleNormal(random));
    const flowMlMin = b.flowMlMin.p50 * Math.exp(0.05 * sampleNormal(random));
    return { ...r, dv50Um, flowMlMin, coneDeg: b.coneDeg.p50 * Math.exp(0.1 * sampleNormal(random)) };
  });
}

async function train(owner: Awaited<ReturnType<typeof createTenant>>["owner"], type: ModelType, records: InlineTrainingRecord[]) {
  const input = trainCustomModelSchema.parse({ name: `${type} model`, model_type: type, training_data: { source: "records", records } });
  const started = await startCustomModelTraining(owner, input);
  expect(started.status).toBe("training");
  expect(started.eta.getTime()).toBeGreaterThan(Date.now() - 1000);
  const training = await getCustomModel(owner, started.model_id);
  expect(training).toMatchObject({ status: "training", progress: 0, active: false });
  await trainCustomModel({ tenantId: owner.actor.tenantId, modelId: started.model_id });
  return getCustomModel(owner, started.model_id);
}

const PREDICT = predictRequestSchema.parse({
  fluid: { viscosityCp: 1.5, densityKgM3: 1000, surfaceTensionMNm: 60 },
  targets: { maxPressureBar: 10 },
  topN: 200,
});

describe("custom models", () => {
  it.each(["calibration", "random_forest"] as const)(
    "%s: the job trains on synthetic-lab records, beats the physics out of sample, activates and corrects predictions; audited",
    async (type) => {
      const t = await createTenant({ plan: "enterprise" });
      const model = await train(t.owner, type, labRecords(4));
      expect(model).toMatchObject({ status: "ready", progress: 1, rowCount: 240, beatsBaseline: true, source: "records" });
      const m = model.metrics!;
      expect(m.folds).toBe(5);
      expect(m.dv50Log.model!).toBeLessThan(m.dv50Log.baseline! / 2);
      expect(m.coneDeg.model!).toBeLessThan(m.coneDeg.baseline!);
      expect(m.flowLog.model!).toBeLessThan(m.flowLog.baseline!);

      // Only an active model predicts.
      await expect(loadActiveCustomModel(t.owner.actor, model.id)).rejects.toMatchObject({ code: "conflict" });
      expect((await activateCustomModel(t.owner, model.id)).active).toBe(true);
      const loaded = await loadActiveCustomModel(t.owner.actor, model.id);
      const plain = await predictForInput(t.tenantId, PREDICT);
      const corrected = await predictForInput(t.tenantId, PREDICT, loaded);
      expect(corrected.customModelId).toBe(model.id);
      const before = new Map(plain.ranked.map((r) => [r.sku, r.dv50Um.p50]));
      const moved = corrected.ranked.filter(
        (r) => actuators.some((a) => a.sku === r.sku) && before.has(r.sku) && r.dv50Um.p50 !== before.get(r.sku),
      );
      expect(moved.length).toBeGreaterThan(0);

      const audit = await withSystemTx((tx) => tx.select().from(auditLogs).where(eq(auditLogs.tenantId, t.tenantId)));
      expect(audit.map((a) => a.action).filter((a) => a.startsWith("ml.custom_model"))).toEqual(
        expect.arrayContaining(["ml.custom_model.train", "ml.custom_model.activate"]),
      );
      const jobs = await withSystemTx((tx) =>
        tx
          .select()
          .from(outbox)
          .where(and(eq(outbox.tenantId, t.tenantId), eq(outbox.topic, "ml.train_custom_model"))),
      );
      expect(jobs).toHaveLength(1);
      expect((await listCustomModels(t.owner)).models.map((x) => x.id)).toEqual([model.id]);
    },
    120_000,
  );

  it("a model that does not beat the physics out of sample is stored but activation is refused (409)", async () => {
    const t = await createTenant({ plan: "enterprise" });
    const model = await train(t.owner, "random_forest", await noiseRecords());
    expect(model.status).toBe("ready");
    expect(model.beatsBaseline).toBe(false);
    await expect(activateCustomModel(t.owner, model.id)).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("does not beat the physics baseline out of sample"),
    });
    expect((await getCustomModel(t.owner, model.id)).active).toBe(false);
  }, 120_000);

  it("another organization's model is a 404 for reading, activating and predicting", async () => {
    const a = await createTenant({ plan: "enterprise" });
    const b = await createTenant({ plan: "enterprise" });
    const started = await startCustomModelTraining(
      a.owner,
      trainCustomModelSchema.parse({
        name: "A's",
        model_type: "calibration",
        training_data: { source: "records", records: labRecords(5).slice(0, 40) },
      }),
    );
    await expect(getCustomModel(b.owner, started.model_id)).rejects.toMatchObject({ code: "not_found" });
    await expect(activateCustomModel(b.owner, started.model_id)).rejects.toMatchObject({ code: "not_found" });
    await expect(loadActiveCustomModel(b.owner.actor, started.model_id)).rejects.toMatchObject({ code: "not_found" });
    expect((await listCustomModels(b.owner)).models).toEqual([]);
  });

  it("plans without custom models get 402 plan_limit; the list says they are not available", async () => {
    const t = await createTenant({ plan: "professional" });
    const input = trainCustomModelSchema.parse({ name: "No", model_type: "neural_net" });
    await expect(startCustomModelTraining(t.owner, input)).rejects.toMatchObject({ code: "plan_limit" });
    await expect(activateCustomModel(t.owner, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({ code: "plan_limit" });
    expect(await listCustomModels(t.owner)).toEqual({ available: false, models: [] });
  });

  it("training on the organization's own results needs at least 10 of them (422); unknown SKUs in records are refused", async () => {
    const t = await createTenant({ plan: "enterprise" });
    await expect(
      startCustomModelTraining(t.owner, trainCustomModelSchema.parse({ name: "Empty", model_type: "calibration" })),
    ).rejects.toMatchObject({
      code: "validation_failed",
    });
    const records = labRecords(6)
      .slice(0, 12)
      .map((r, i) => (i === 0 ? { ...r, actuatorSku: "SPENC-NOPE" } : r));
    await expect(
      startCustomModelTraining(
        t.owner,
        trainCustomModelSchema.parse({ name: "Bad", model_type: "calibration", training_data: { source: "records", records } }),
      ),
    ).rejects.toMatchObject({ code: "validation_failed", message: expect.stringContaining("SPENC-NOPE") });
  });
});

describe("custom models on the organization's own lab results", () => {
  it("trains on its feedback, narrowed by SKU, compared with the stored uncalibrated prediction", async () => {
    const t = await createTenant({ plan: "enterprise" });
    const [water] = await getDb().select().from(fluids).where(eq(fluids.slug, "water"));
    const configuration = await createConfiguration(
      t.owner,
      configurationInput.parse({
        name: "Lab line",
        fluid: { fluidId: water!.id, viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72 },
        targets: { flowMlMin: 500, maxPressureBar: 6 },
      }),
    );
    const [sku, otherSku] = configuration.compatibleActuators.map((a) => a.sku);
    for (const [i, tested] of [...Array.from({ length: 12 }, () => sku!), otherSku!, otherSku!].entries()) {
      const pressureBar = 2 + (i % 3);
      const probe = await createFeedback(
        t.owner,
        createFeedbackSchema.parse({ configurationId: configuration.id, actuatorSku: tested, testConditions: { pressureBar } }),
      );
      const ratio = 1.5 * (i % 2 === 0 ? 1.02 : 0.98);
      await createFeedback(
        t.owner,
        createFeedbackSchema.parse({
          configurationId: configuration.id,
          actuatorSku: tested,
          testConditions: { pressureBar },
          dv50Um: probe.predicted.dv50Um.p50 * ratio,
        }),
      );
    }
    const started = await startCustomModelTraining(
      t.owner,
      trainCustomModelSchema.parse({ name: "Own", model_type: "calibration", training_data: { source: "feedback", skus: [sku] } }),
    );
    await trainCustomModel({ tenantId: t.tenantId, modelId: started.model_id });
    const model = await getCustomModel(t.owner, started.model_id);
    // The probes measured nothing and the other SKU is filtered out.
    expect(model).toMatchObject({ status: "ready", rowCount: 12, beatsBaseline: true, source: "feedback" });
    expect(model.metrics!.dv50Log.baseline!).toBeGreaterThan(Math.log(1.4));
    expect(model.metrics!.dv50Log.model!).toBeLessThan(0.1);
  }, 60_000);
});
