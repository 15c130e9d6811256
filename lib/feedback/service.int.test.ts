import { and, eq, sql } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type Tx } from "@/db/client";
import { auditLogs, feedback, feedbackAggregates, feedbackAggregateTenants, fluids, tenants } from "@/db/schema";
import { withSystemTx, withTenantTx } from "@/db/tenant";
import { createConfigurationSchema } from "@/lib/configurations/schemas";
import { createConfiguration } from "@/lib/configurations/service";
import { updateTenant } from "@/lib/tenants/lifecycle";
import { seedCatalog } from "@/scripts/seed";
import { addMember, createTenant } from "@/scripts/vitest/factories";
import { computeRmse, getMeasuredDropletUm } from "./accuracy";
import { createFeedbackSchema, updateFeedbackSchema } from "./schemas";
import { createFeedback, deleteFeedback, getConfigurationFeedback, updateFeedback } from "./service";

let fluidId: string;
let skus: string[];
let nextSku = 0;

beforeAll(async () => {
  await seedCatalog();
  // Aggregates are global per SKU and fluid, and other test files record water results on the
  // same SKUs meanwhile: this file's results are on a fluid of its own, with water's properties.
  const [water] = await getDb().select().from(fluids).where(eq(fluids.slug, "water"));
  const { id: _id, createdAt: _created, updatedAt: _updated, ...properties } = water!;
  const suffix = crypto.randomUUID().slice(0, 8);
  const [own] = await getDb()
    .insert(fluids)
    .values({ ...properties, slug: `water-feedback-test-${suffix}`, name: `Water (feedback test ${suffix})` })
    .returning({ id: fluids.id });
  fluidId = own!.id;
});

async function setup() {
  const t = await createTenant();
  const configuration = await createConfiguration(
    t.owner,
    createConfigurationSchema.parse({
      name: "Lab line",
      fluid: { fluidId, viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72 },
      targets: { flowMlMin: 500, maxPressureBar: 6 },
    }),
  );
  skus ??= configuration.compatibleActuators.map((a) => a.sku);
  return { ...t, configurationId: configuration.id };
}

// Each test takes SKUs of its own, so groups other tests wrote do not blur its aggregates.
const takeSku = () => skus[nextSku++ % skus.length]!;

const result = (configurationId: string, sku: string, extra: Record<string, unknown> = {}) =>
  createFeedbackSchema.parse({ configurationId, actuatorSku: sku, testConditions: { pressureBar: 3 }, ...extra });

const storedAggregate = async (tx: Tx, sku: string) => {
  const [row] = await tx
    .select()
    .from(feedbackAggregates)
    .where(and(eq(feedbackAggregates.actuatorSku, sku), eq(feedbackAggregates.fluidId, fluidId)));
  if (!row) return undefined;
  const { lastUpdated: _, ...rest } = row;
  return rest;
};

/** The group's stored aggregate as a rebuild from scratch in SQL would leave it (rolled back). */
async function rebuiltAggregate(sku: string) {
  let rebuilt: Awaited<ReturnType<typeof storedAggregate>>;
  await withSystemTx(async (tx) => {
    await tx.execute(sql`select app_refresh_feedback_aggregate(${sku}::varchar, ${fluidId}::uuid)`);
    rebuilt = await storedAggregate(tx, sku);
    throw new Error("rolled back");
  }).catch(() => undefined);
  return rebuilt;
}

/**
 * The group's aggregate as stored, as recomputed here from scratch over the results of every
 * sharing tenant, and as rebuilt by the database from scratch.
 */
async function aggregateOf(sku: string) {
  const rebuilt = await rebuiltAggregate(sku);
  return withSystemTx(async (tx) => {
    const stored = await storedAggregate(tx, sku);
    const rows = await tx
      .select({ f: feedback })
      .from(feedback)
      .innerJoin(tenants, and(eq(tenants.id, feedback.tenantId), eq(tenants.shareFeedback, true)))
      .where(and(eq(feedback.actuatorSku, sku), eq(feedback.fluidId, fluidId)))
      .then((found) => found.map(({ f }) => f));
    const expected = {
      totalTests: rows.length,
      passCount: rows.filter((r) => r.passFail === "pass").length,
      tenantCount: new Set(rows.map((r) => r.tenantId)).size,
      // Against the uncalibrated prediction: every tenant's calibration differs.
      coneRmse: computeRmse(rows.map((r) => ({ measured: r.sprayConeAngleActual, predicted: r.baselinePrediction.coneDeg.p50 }))),
      dropletRmse: computeRmse(rows.map((r) => ({ measured: getMeasuredDropletUm(r), predicted: r.baselinePrediction.dv50Um.p50 }))),
    };
    return { stored, expected, rebuilt };
  });
}

// Numeric sums compared by value: a sum that came back to zero keeps the scale of its terms.
const byValue = (row: Awaited<ReturnType<typeof storedAggregate>>) =>
  row && Object.fromEntries(Object.entries(row).map(([k, v]) => [k, k.endsWith("Sum") ? Number(v) : v]));

function expectConsistent({ stored, expected, rebuilt }: Awaited<ReturnType<typeof aggregateOf>>) {
  // The running sums equal a rebuild, every column (numeric sums leave no rounding trace).
  expect(byValue(stored)).toEqual(byValue(rebuilt));
  if (expected.totalTests === 0) return expect(stored).toBeUndefined();
  expect(stored).toMatchObject({ totalTests: expected.totalTests, passCount: expected.passCount, tenantCount: expected.tenantCount });
  const near = (v: string | null | undefined, x: number | null) =>
    x === null ? expect(v).toBeNull() : expect(Number(v)).toBeCloseTo(x, 1);
  near(stored!.coneAngleRmse, expected.coneRmse);
  near(stored!.dropletSizeRmse, expected.dropletRmse);
}

describe("lab results", () => {
  it("stores the prediction at the tested pressure and computes whether it matched; audited", async () => {
    const t = await setup();
    const sku = takeSku();
    const low = await createFeedback(t.owner, result(t.configurationId, sku, { testConditions: { pressureBar: 1 } }));
    const high = await createFeedback(t.owner, result(t.configurationId, sku, { testConditions: { pressureBar: 8 } }));
    // Higher pressure: finer droplets and more flow.
    expect(high.predicted.dv50Um.p50).toBeLessThan(low.predicted.dv50Um.p50);
    expect(high.predicted.flowMlMin.p50).toBeGreaterThan(low.predicted.flowMlMin.p50);
    expect(low.predictionMatched).toBeNull();
    const inside = await createFeedback(
      t.owner,
      result(t.configurationId, sku, { dv50Um: low.predicted.dv50Um.p50, testConditions: { pressureBar: 1 } }),
    );
    expect(inside.predictionMatched).toBe(true);
    const outside = await createFeedback(
      t.owner,
      result(t.configurationId, sku, { dv50Um: low.predicted.dv50Um.p90 * 3, testConditions: { pressureBar: 1 } }),
    );
    expect(outside.predictionMatched).toBe(false);
    const ranged = await createFeedback(t.owner, result(t.configurationId, sku, { dropletSizeRangeUm: "1-2" }));
    expect(ranged.measured).toMatchObject({ dropletSizeMinUm: 1, dropletSizeMaxUm: 2 });
    expect(ranged.predictionMatched).toBe(false);
    const audit = await withTenantTx(t.tenantId, (tx) => tx.select().from(auditLogs).where(eq(auditLogs.resourceId, inside.id)));
    expect(audit.map((a) => a.action)).toEqual(["feedback.create"]);
  });

  it("keeps the aggregate equal to a recomputation after each insert, update and delete, in the same transaction", async () => {
    const [a, b] = [await setup(), await setup()];
    const [sku, other] = [takeSku(), takeSku()];
    const first = await createFeedback(a.owner, result(a.configurationId, sku, { dv50Um: 80, sprayConeAngleActual: 60, passFail: "pass" }));
    expectConsistent(await aggregateOf(sku));
    await createFeedback(b.owner, result(b.configurationId, sku, { dv50Um: 120, sprayConeAngleActual: 70, passFail: "fail" }));
    expectConsistent(await aggregateOf(sku));
    expect((await aggregateOf(sku)).stored).toMatchObject({ totalTests: 2, tenantCount: 2, failCount: 1 });
    await updateFeedback(
      a.owner,
      first.id,
      updateFeedbackSchema.parse({ actuatorSku: sku, testConditions: { pressureBar: 5 }, dv50Um: 30 }),
    );
    expectConsistent(await aggregateOf(sku));
    // Moving a result to another SKU updates both groups.
    await updateFeedback(
      a.owner,
      first.id,
      updateFeedbackSchema.parse({ actuatorSku: other, testConditions: { pressureBar: 5 }, dv50Um: 30 }),
    );
    expectConsistent(await aggregateOf(sku));
    expectConsistent(await aggregateOf(other));
    await deleteFeedback(a.owner, first.id);
    expectConsistent(await aggregateOf(other));
    expect((await aggregateOf(other)).stored).toBeUndefined();
  });

  it("keeps every aggregate equal to a recomputation from scratch after any sequence of writes and sharing changes (property)", async () => {
    const tenants = [await setup(), await setup(), await setup()];
    const groupSkus = [takeSku(), takeSku()];
    const measurement = fc.record({
      sku: fc.integer({ min: 0, max: 1 }),
      dv50Um: fc.option(fc.integer({ min: 5, max: 900 }), { nil: null }),
      sprayConeAngleActual: fc.option(fc.integer({ min: 10, max: 150 }), { nil: null }),
      passFail: fc.constantFrom("pass", "fail", "unknown"),
      pressureBar: fc.constantFrom(1, 3, 6),
    });
    type Measurement = typeof measurement extends fc.Arbitrary<infer T> ? T : never;
    const op = fc.oneof(
      fc.record({ kind: fc.constant("create"), tenant: fc.integer({ min: 0, max: 2 }), m: measurement }),
      fc.record({ kind: fc.constant("update"), pick: fc.nat(), m: measurement }),
      fc.record({ kind: fc.constant("delete"), pick: fc.nat() }),
      fc.record({ kind: fc.constant("share"), tenant: fc.integer({ min: 0, max: 2 }), share: fc.boolean() }),
    );
    const written: { id: string; tenant: number }[] = [];
    const fields = (m: Measurement) => ({
      actuatorSku: groupSkus[m.sku]!,
      testConditions: { pressureBar: m.pressureBar },
      dv50Um: m.dv50Um,
      sprayConeAngleActual: m.sprayConeAngleActual,
      passFail: m.passFail,
    });
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
        for (const o of ops) {
          if (o.kind === "share") await updateTenant(tenants[o.tenant]!.owner, { shareFeedback: o.share });
          else if (o.kind === "create") {
            const t = tenants[o.tenant]!;
            const created = await createFeedback(
              t.owner,
              createFeedbackSchema.parse({ configurationId: t.configurationId, ...fields(o.m) }),
            );
            written.push({ id: created.id, tenant: o.tenant });
          } else if (written.length > 0) {
            const target = written[o.pick % written.length]!;
            const owner = tenants[target.tenant]!.owner;
            if (o.kind === "update") await updateFeedback(owner, target.id, updateFeedbackSchema.parse(fields(o.m)));
            else {
              await deleteFeedback(owner, target.id);
              written.splice(written.indexOf(target), 1);
            }
          }
        }
        for (const sku of groupSkus) expectConsistent(await aggregateOf(sku));
      }),
      { numRuns: 12 },
    );
  });

  it("loses no result when organizations write one group at once, and does not deadlock", async () => {
    const tenants = [await setup(), await setup(), await setup()];
    const [sku, other] = [takeSku(), takeSku()];
    const seeded = await Promise.all(tenants.map((t) => createFeedback(t.owner, result(t.configurationId, sku, { dv50Um: 70 }))));
    // Waves of one write per organization at once (a wave stays below the pool, which the
    // catalog read beside each transaction also draws on): inserts into both groups, then edits
    // moving results between the groups in both directions.
    for (const k of [0, 1, 2, 3]) {
      await Promise.all(
        tenants.map((t, i) =>
          createFeedback(t.owner, result(t.configurationId, k % 2 ? sku : other, { dv50Um: 60 + k, sprayConeAngleActual: 50 + i })),
        ),
      );
    }
    await Promise.all(
      tenants.map((t, i) =>
        updateFeedback(
          t.owner,
          seeded[i]!.id,
          updateFeedbackSchema.parse({ actuatorSku: i % 2 ? sku : other, testConditions: { pressureBar: 4 }, dv50Um: 75 }),
        ),
      ),
    );
    const [a, b] = [await aggregateOf(sku), await aggregateOf(other)];
    expectConsistent(a);
    expectConsistent(b);
    expect(a.stored!.totalTests + b.stored!.totalTests).toBe(3 * 5);
    expect(a.stored).toMatchObject({ tenantCount: 3 });
    await Promise.all(seeded.map((f, i) => deleteFeedback(tenants[i]!.owner, f.id)));
    expectConsistent(await aggregateOf(sku));
    expectConsistent(await aggregateOf(other));
  });

  it("takes a deleted organization's results out of the aggregates (the cascade's delete)", async () => {
    const [stays, leaves] = [await setup(), await setup()];
    const sku = takeSku();
    await createFeedback(stays.owner, result(stays.configurationId, sku, { dv50Um: 80, passFail: "pass" }));
    await createFeedback(leaves.owner, result(leaves.configurationId, sku, { dv50Um: 140, passFail: "fail" }));
    await createFeedback(leaves.owner, result(leaves.configurationId, sku, { dv50Um: 150 }));
    expect((await aggregateOf(sku)).stored).toMatchObject({ totalTests: 3, tenantCount: 2 });
    await withSystemTx((tx) => tx.delete(tenants).where(eq(tenants.id, leaves.tenantId)));
    const after = await aggregateOf(sku);
    expectConsistent(after);
    expect(after.stored).toMatchObject({ totalTests: 1, tenantCount: 1, failCount: 0 });
  });

  it("counts an organization's results only while it shares them", async () => {
    const [sharing, private_] = [await setup(), await setup()];
    const sku = takeSku();
    await createFeedback(sharing.owner, result(sharing.configurationId, sku, { dv50Um: 80 }));
    const mine = await createFeedback(private_.owner, result(private_.configurationId, sku, { dv50Um: 200 }));
    await updateTenant(private_.owner, { shareFeedback: false });
    expect((await aggregateOf(sku)).stored).toMatchObject({ totalTests: 1, tenantCount: 1 });
    // Writes of a tenant that does not share leave the aggregate as it is.
    await createFeedback(private_.owner, result(private_.configurationId, sku, { dv50Um: 210 }));
    await deleteFeedback(private_.owner, mine.id);
    expectConsistent(await aggregateOf(sku));
    expect((await aggregateOf(sku)).stored).toMatchObject({ totalTests: 1, tenantCount: 1 });
    await updateTenant(private_.owner, { shareFeedback: true });
    expectConsistent(await aggregateOf(sku));
    expect((await aggregateOf(sku)).stored).toMatchObject({ totalTests: 2, tenantCount: 2 });
  });

  it("updates the aggregate inside the writing transaction, so a rollback takes it back; members cannot write it directly", async () => {
    const t = await setup();
    const sku = takeSku();
    const prediction = { p10: 1, p50: 2, p90: 3 };
    const row = {
      tenantId: t.tenantId,
      configurationId: t.configurationId,
      actuatorSku: sku,
      fluidId,
      fluidClass: "thin",
      testConditions: { pressureBar: 3 },
      dv50Um: 2,
      ...Object.fromEntries(
        (["predictedDv50", "predictedCone", "predictedFlow"] as const).flatMap((k) => {
          const unit = k === "predictedDv50" ? "Um" : k === "predictedCone" ? "Deg" : "MlMin";
          return Object.entries(prediction).map(([p, v]) => [`${k}${p.toUpperCase()}${unit}`, v]);
        }),
      ),
      modelVersion: "test",
      baselinePrediction: { dv50Um: prediction, coneDeg: prediction, flowMlMin: prediction },
    } as typeof feedback.$inferInsert;
    await expect(
      withTenantTx(t.tenantId, async (tx) => {
        // The insert alone moves the aggregate (its trigger), whoever writes the row.
        await tx.insert(feedback).values(row);
        const [seen] = await tx.select().from(feedbackAggregates).where(eq(feedbackAggregates.actuatorSku, sku));
        expect(seen).toMatchObject({ totalTests: 1, tenantCount: 1 });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect((await aggregateOf(sku)).stored).toBeUndefined();
    await expect(
      withTenantTx(t.tenantId, (tx) => tx.insert(feedbackAggregates).values({ actuatorSku: sku, fluidId, totalTests: 99 })),
    ).rejects.toMatchObject({ cause: { code: "42501" } });
    // The per-tenant counts behind tenant_count are not even readable by members, nor the helpers callable.
    await expect(withTenantTx(t.tenantId, (tx) => tx.select().from(feedbackAggregateTenants))).rejects.toMatchObject({
      cause: { code: "42501" },
    });
    await expect(
      withTenantTx(t.tenantId, (tx) => tx.execute(sql`select app_apply_feedback_aggregate_deltas('{}'::feedback_aggregate_delta[])`)),
    ).rejects.toMatchObject({ cause: { code: "42501" } });
  });

  it("shows another organization's aggregate only once 3 organizations contributed", async () => {
    const sku = takeSku();
    const tenants = [await setup(), await setup(), await setup()];
    const [first, second, third] = tenants as [(typeof tenants)[0], (typeof tenants)[0], (typeof tenants)[0]];
    await createFeedback(first.owner, result(first.configurationId, sku, { dv50Um: 80 }));
    await createFeedback(second.owner, result(second.configurationId, sku, { dv50Um: 90 }));
    expect((await getConfigurationFeedback(first.owner, first.configurationId)).aggregates).toEqual([]);
    await createFeedback(third.owner, result(third.configurationId, sku, { dv50Um: 100 }));
    const seen = await getConfigurationFeedback(first.owner, first.configurationId);
    expect(seen.aggregates).toEqual([expect.objectContaining({ actuatorSku: sku, totalTests: 3, tenantCount: 3 })]);
    expect(JSON.stringify(seen.aggregates)).not.toContain(second.tenantId);
  });

  it("answers another organization's configuration and result with 404", async () => {
    const [t, other] = [await setup(), await setup()];
    const sku = takeSku();
    const mine = await createFeedback(t.owner, result(t.configurationId, sku));
    await expect(createFeedback(other.owner, result(t.configurationId, sku))).rejects.toMatchObject({ code: "not_found" });
    await expect(getConfigurationFeedback(other.owner, t.configurationId)).rejects.toMatchObject({ code: "not_found" });
    const edit = updateFeedbackSchema.parse({ actuatorSku: sku, testConditions: { pressureBar: 2 } });
    await expect(updateFeedback(other.owner, mine.id, edit)).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteFeedback(other.owner, mine.id)).rejects.toMatchObject({ code: "not_found" });
    expect((await getConfigurationFeedback(t.owner, t.configurationId)).items).toHaveLength(1);
  });

  it("lets members edit and delete their own results, admins anyone's, viewers none (403)", async () => {
    const t = await setup();
    const sku = takeSku();
    const [user, colleague, viewer] = [
      await addMember(t.owner, "user"),
      await addMember(t.owner, "user"),
      await addMember(t.owner, "viewer"),
    ];
    const theirs = await createFeedback(user.ctx, result(t.configurationId, sku));
    expect(theirs.access).toEqual({ edit: true, delete: true });
    const edit = updateFeedbackSchema.parse({ actuatorSku: sku, testConditions: { pressureBar: 2 }, rating: 4 });
    await expect(updateFeedback(colleague.ctx, theirs.id, edit)).rejects.toMatchObject({ code: "forbidden" });
    await expect(deleteFeedback(viewer.ctx, theirs.id)).rejects.toMatchObject({ code: "forbidden" });
    const seenByViewer = await getConfigurationFeedback(viewer.ctx, t.configurationId);
    expect(seenByViewer.access.create).toBe(false);
    expect(seenByViewer.items[0]!.access).toEqual({ edit: false, delete: false });
    expect((await updateFeedback(t.owner, theirs.id, edit)).rating).toBe(4);
    await deleteFeedback(user.ctx, theirs.id);
    expect((await getConfigurationFeedback(t.owner, t.configurationId)).items).toEqual([]);
  });

  it("refuses a SKU the catalog lacks (422)", async () => {
    const t = await setup();
    await expect(createFeedback(t.owner, result(t.configurationId, "NOPE-404"))).rejects.toMatchObject({
      code: "validation_failed",
      details: [{ path: "actuatorSku", message: "NOPE-404 is not in the catalog" }],
    });
  });
});
