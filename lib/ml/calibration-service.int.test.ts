import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLogs, feedbackAggregates, fluids, outbox } from "@/db/schema";
import { withSystemTx, withTenantTx } from "@/db/tenant";
import { predictForInput } from "@/lib/configurations/predict";
import { createConfigurationSchema as configurationInput, predictRequestSchema } from "@/lib/configurations/schemas";
import { createConfiguration, getConfiguration, updateConfiguration } from "@/lib/configurations/service";
import { createFeedbackSchema } from "@/lib/feedback/schemas";
import { createFeedback } from "@/lib/feedback/service";
import { updateTenant } from "@/lib/tenants/lifecycle";
import { seedCatalog } from "@/scripts/seed";
import { addMember, createTenant } from "@/scripts/vitest/factories";
import { getCalibrationOverview, loadCalibration, recalibrateGlobal, recalibrateNow, recalibrateTenant } from "./calibration-service";

let fluidId: string;
let skus: string[] = [];
let nextSku = 0;

beforeAll(async () => {
  await seedCatalog();
  const [water] = await getDb().select().from(fluids).where(eq(fluids.slug, "water"));
  fluidId = water!.id;
});

async function setup() {
  const t = await createTenant();
  const configuration = await createConfiguration(
    t.owner,
    configurationInput.parse({
      name: "Lab line",
      fluid: { fluidId, viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72 },
      targets: { flowMlMin: 500, maxPressureBar: 6 },
    }),
  );
  if (skus.length === 0) skus = configuration.compatibleActuators.map((a) => a.sku);
  return { ...t, configurationId: configuration.id };
}

// Each test takes a SKU of its own, so other tests' results do not blur its groups.
const takeSku = () => skus[15 + (nextSku++ % (skus.length - 15))]!;

/** A tenant's results for one SKU: measured droplet size `ratio` × the prediction, ± 2 %. */
async function recordResults(t: Awaited<ReturnType<typeof setup>>, sku: string, count: number, ratio: number) {
  const recorded = [];
  for (let i = 0; i < count; i++) {
    const pressureBar = 2 + (i % 3);
    const probe = await createFeedback(
      t.owner,
      createFeedbackSchema.parse({ configurationId: t.configurationId, actuatorSku: sku, testConditions: { pressureBar } }),
    );
    recorded.push(
      await createFeedback(
        t.owner,
        createFeedbackSchema.parse({
          configurationId: t.configurationId,
          actuatorSku: sku,
          testConditions: { pressureBar },
          dv50Um: probe.predicted.dv50Um.p50 * ratio * (i % 2 === 0 ? 1.02 : 0.98),
          sprayConeAngleActual: probe.predicted.coneDeg.p50 + 5,
        }),
      ),
    );
  }
  return recorded;
}

describe("tenant calibration", () => {
  it("fits the tenant's results into a new version that later predictions use, with out-of-sample accuracy; audited", async () => {
    const t = await setup();
    const sku = takeSku();
    await recordResults(t, sku, 12, 1.6);
    const calibration = await recalibrateNow(t.owner);
    expect(calibration.version).toBe(1);
    expect(calibration.trigger).toBe("manual");
    // Only the measured results count (the probes measured nothing).
    expect(calibration.metrics.droplet.n).toBe(12);
    expect(calibration.metrics.droplet.rmseAfter!).toBeLessThan(calibration.metrics.droplet.rmseBefore! / 2);

    const current = await withTenantTx(t.tenantId, (tx) => loadCalibration(tx, t.tenantId));
    expect(current.version).toBe(1);
    const factors = current.table!.get(sku)!.thin!;
    expect(factors.smdLogCorrection!).toBeGreaterThan(Math.log(1.3));
    expect(factors.coneCorrectionDeg!).toBeGreaterThan(2.5);

    // A result recorded now is compared with the calibrated prediction, the baseline kept beside it.
    const [after] = await recordResults(t, sku, 1, 1.6);
    expect(after!.predicted.calibrationVersion).toBe(1);
    expect(after!.predicted.dv50Um.p50 / after!.predicted.baseline.dv50Um.p50).toBeCloseTo(Math.exp(factors.smdLogCorrection!), 6);

    const again = await recalibrateNow(t.owner);
    expect(again.version).toBe(2);
    const audit = await withTenantTx(t.tenantId, (tx) => tx.select().from(auditLogs).where(eq(auditLogs.resourceId, calibration.id)));
    expect(audit.map((a) => a.action)).toEqual(["ml.calibration.recalibrate"]);
  });

  it("asks for a debounced recalibration in the transaction of each result, and the job stores a version", async () => {
    const t = await setup();
    await recordResults(t, takeSku(), 1, 1.2);
    const requests = await withTenantTx(t.tenantId, (tx) =>
      tx
        .select()
        .from(outbox)
        .where(and(eq(outbox.tenantId, t.tenantId), eq(outbox.topic, "ml.recalibrate"))),
    );
    expect(requests.length).toBe(2);
    expect(requests[0]!.payload).toEqual({ tenantId: t.tenantId });
    await recalibrateTenant(t.tenantId);
    const overview = await getCalibrationOverview(t.owner);
    expect(overview.current).toMatchObject({ version: 1, trigger: "feedback", pointCount: 2 });
  });

  it("keeps each tenant's calibration to itself", async () => {
    const a = await setup();
    const b = await setup();
    const sku = takeSku();
    await recordResults(a, sku, 6, 1.8);
    await recalibrateNow(a.owner);
    const overviewB = await getCalibrationOverview(b.owner);
    expect(overviewB.current).toBeNull();
    expect(overviewB.history).toEqual([]);
    const seenByB = await withTenantTx(b.tenantId, (tx) => loadCalibration(tx, a.tenantId));
    expect(seenByB.version).toBeNull();
    expect(seenByB.table?.get(sku)?.thin?.smdLogCorrection).toBeUndefined();
    const viewer = await addMember(b.owner, "viewer");
    expect((await getCalibrationOverview(viewer.ctx)).current).toBeNull();
  });
});

describe("sharing and the global layer", () => {
  it("leaves a tenant that does not share out of the aggregates, and puts it back when it shares again", async () => {
    const sku = takeSku();
    const sharing = await setup();
    const private_ = await setup();
    await recordResults(sharing, sku, 1, 1.1);
    await updateTenant(private_.owner, { shareFeedback: false });
    await recordResults(private_, sku, 2, 1.1);
    const aggregate = () =>
      withSystemTx(async (tx) => {
        const [row] = await tx
          .select()
          .from(feedbackAggregates)
          .where(and(eq(feedbackAggregates.actuatorSku, sku), eq(feedbackAggregates.fluidId, fluidId)));
        return row;
      });
    expect(await aggregate()).toMatchObject({ totalTests: 2, tenantCount: 1 });
    await updateTenant(private_.owner, { shareFeedback: true });
    expect(await aggregate()).toMatchObject({ totalTests: 6, tenantCount: 2 });
    await updateTenant(sharing.owner, { shareFeedback: false });
    expect(await aggregate()).toMatchObject({ totalTests: 4, tenantCount: 1 });
  });

  it("builds the global layer only from groups at least three sharing tenants contributed to", async () => {
    const sku = takeSku();
    const lonely = takeSku();
    for (let i = 0; i < 3; i++) await recordResults(await setup(), sku, 3, 1.7);
    await recordResults(await setup(), lonely, 3, 1.7);
    const made = await recalibrateGlobal();
    expect(made).not.toBeNull();
    const someone = await setup();
    const current = await withTenantTx(someone.tenantId, (tx) => loadCalibration(tx, someone.tenantId));
    expect(current.version).toBeNull();
    expect(current.globalVersion).toBe(made!.version);
    expect(current.table!.get(sku)!.thin!.smdLogCorrection!).toBeGreaterThan(0.2);
    expect(current.table!.get(lonely)).toBeUndefined();
    // Nothing changed: no new version.
    expect(await recalibrateGlobal()).toBeNull();
  });
});

describe("rankings and the calibration", () => {
  it("ranks with the current calibration, records its version, and re-runs a ranking that predates it", async () => {
    const t = await setup();
    const before = await getConfiguration(t.owner, t.configurationId);
    expect(before).toMatchObject({ calibrationVersion: null, currentCalibrationVersion: null });
    const sku = before.compatibleActuators[0]!.sku;
    await recordResults(t, sku, 8, 0.5);
    await recalibrateNow(t.owner);

    const stale = await getConfiguration(t.owner, t.configurationId);
    expect(stale).toMatchObject({ calibrationVersion: null, currentCalibrationVersion: 1 });
    const rerun = await updateConfiguration(t.owner, t.configurationId, { rerun: true });
    expect(rerun).toMatchObject({ calibrationVersion: 1, currentCalibrationVersion: 1, version: stale.version + 1 });
    // No droplet target: the SKU ranks where it did, now calibrated.
    expect(rerun.compatibleActuators.find((a) => a.sku === sku)?.calibrated).toBe(true);

    const fluid = { viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72 };
    const predicted = await predictForInput(
      t.tenantId,
      predictRequestSchema.parse({ fluid, targets: { flowMlMin: 500, maxPressureBar: 6 } }),
    );
    expect(predicted.calibrationVersion).toBe(1);
    const other = await setup();
    const elsewhere = await predictForInput(
      other.tenantId,
      predictRequestSchema.parse({ fluid, targets: { flowMlMin: 500, maxPressureBar: 6 } }),
    );
    expect(elsewhere.calibrationVersion).toBeNull();
    const mine = predicted.ranked.find((a) => a.sku === sku)!;
    const theirs = elsewhere.ranked.find((a) => a.sku === sku)!;
    expect(mine.dv50Um.p50).toBeLessThan(theirs.dv50Um.p50 * 0.8);
    await expect(updateConfiguration(other.owner, t.configurationId, { rerun: true })).rejects.toMatchObject({ code: "not_found" });
  });
});
