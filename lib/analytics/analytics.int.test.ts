import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { actuators, feedback, fluids } from "@/db/schema";
import { withSystemTx, withTenantReadTx } from "@/db/tenant";
import { startSession } from "@/lib/auth/service";
import { createConfigurationSchema } from "@/lib/configurations/schemas";
import { createConfiguration } from "@/lib/configurations/service";
import { getMeasuredDropletUm } from "@/lib/feedback/accuracy";
import { createFeedbackSchema, updateFeedbackSchema } from "@/lib/feedback/schemas";
import { createFeedback, deleteFeedback, updateFeedback } from "@/lib/feedback/service";
import { createMulberry32 } from "@/lib/prediction/prng";
import { seedCatalog } from "@/scripts/seed";
import { createTenant } from "@/scripts/vitest/factories";
import { getAccuracyReport } from "./accuracy";
import type { AccuracyFigures } from "./present";
import { rebuildAccuracySums } from "./rollup";
import { type AccuracyQuery, accuracyQuerySchema, topConfigurationsQuerySchema, usageQuerySchema } from "./schemas";
import { getTopConfigurations } from "./top-configurations";
import { getUsageReport } from "./usage";

type Row = typeof feedback.$inferSelect & { sprayType: string | null };

let waterId: string;

beforeAll(async () => {
  await seedCatalog();
  const [water] = await withSystemTx((tx) => tx.select().from(fluids).where(eq(fluids.slug, "water")));
  waterId = water!.id;
});

async function configure(owner: Awaited<ReturnType<typeof createTenant>>["owner"], viscosityCp: number) {
  return createConfiguration(
    owner,
    createConfigurationSchema.parse({
      name: `Line ${viscosityCp} cP`,
      fluid: { fluidId: viscosityCp === 1 ? waterId : null, viscosityCp, densityKgM3: 998, surfaceTensionMNm: 60 },
      targets: { flowMlMin: 500, maxPressureBar: 8 },
    }),
  );
}

/** A tenant with lab results on two fluids and several SKUs, spread over three months. */
async function tenantWithResults(seed: number) {
  const t = await createTenant();
  const random = createMulberry32(seed);
  const configurations = [await configure(t.owner, 1), await configure(t.owner, 20)];
  for (const [i, c] of configurations.entries()) {
    for (const sku of c.compatibleActuators.slice(0, 3).map((a) => (a as { sku: string }).sku)) {
      for (let k = 0; k < 4; k++) {
        const measured: Record<string, unknown> = { passFail: random() < 0.6 ? "pass" : "fail" };
        if (k !== 1) measured.dv50Um = 20 + random() * 200;
        if (k === 1) measured.dropletSizeRangeUm = `${Math.round(30 + random() * 20)}-${Math.round(90 + random() * 50)}`;
        if (k !== 2) measured.sprayConeAngleActual = 30 + random() * 60;
        if (k !== 3) measured.flowRateActualMlMin = Math.round((100 + random() * 900) * 100) / 100;
        await createFeedback(
          t.owner,
          createFeedbackSchema.parse({
            configurationId: c.id,
            actuatorSku: sku,
            testConditions: { pressureBar: 2 + i + k * 0.5 },
            ...measured,
          }),
        );
      }
    }
  }
  // Spread over months (recorded "now", then moved back), so periods and date filters have something to split.
  await withSystemTx(async (tx) => {
    const rows = await tx.select({ id: feedback.id }).from(feedback).where(eq(feedback.tenantId, t.tenantId));
    for (const [i, r] of rows.entries()) {
      const createdAt = new Date(Date.UTC(2026, 8 + (i % 3), 3 + (i % 20), 12));
      await tx.update(feedback).set({ createdAt }).where(eq(feedback.id, r.id));
    }
    await rebuildAccuracySums(tx, t.tenantId);
  });
  return t;
}

async function rowsOf(tenantId: string): Promise<Row[]> {
  return withSystemTx(async (tx) => {
    const rows = await tx.select().from(feedback).where(eq(feedback.tenantId, tenantId));
    const skus = [...new Set(rows.map((r) => r.actuatorSku))];
    const types = await tx
      .select({ sku: actuators.sku, sprayType: actuators.sprayType })
      .from(actuators)
      .where(inArray(actuators.sku, skus));
    const typeOf = new Map(types.map((a) => [a.sku, a.sprayType]));
    return rows.map((r) => ({ ...r, sprayType: typeOf.get(r.actuatorSku) ?? null }));
  });
}

// The same figures, recomputed in TypeScript from the rows.
function quantity(pairs: { measured: number | null; p10: number; p50: number; p90: number }[], log: boolean) {
  const measured = pairs.filter((p) => p.measured !== null) as { measured: number; p10: number; p50: number; p90: number }[];
  const errors = measured.map((p) => (log ? Math.log(p.measured / p.p50) : p.measured - p.p50));
  const n = errors.length;
  return {
    n,
    bias: n === 0 ? null : errors.reduce((a, e) => a + e, 0) / n,
    rmse: n === 0 ? null : Math.sqrt(errors.reduce((a, e) => a + e * e, 0) / n),
    coverage: n === 0 ? null : measured.filter((p) => p.measured >= p.p10 && p.measured <= p.p90).length / n,
  };
}

function recompute(rows: Row[]) {
  const matched = rows.filter((r) => r.predictionMatched !== null);
  return {
    n: rows.length,
    droplet: quantity(
      rows.map((r) => ({
        measured: getMeasuredDropletUm(r),
        p10: r.predictedDv50P10Um,
        p50: r.predictedDv50P50Um,
        p90: r.predictedDv50P90Um,
      })),
      true,
    ),
    cone: quantity(
      rows.map((r) => ({
        measured: r.sprayConeAngleActual,
        p10: r.predictedConeP10Deg,
        p50: r.predictedConeP50Deg,
        p90: r.predictedConeP90Deg,
      })),
      false,
    ),
    flow: quantity(
      rows.map((r) => ({
        measured: r.flowRateActualMlMin === null ? null : Number(r.flowRateActualMlMin),
        p10: r.predictedFlowP10MlMin,
        p50: r.predictedFlowP50MlMin,
        p90: r.predictedFlowP90MlMin,
      })),
      true,
    ),
    matched: { n: matched.length, share: matched.length === 0 ? null : matched.filter((r) => r.predictionMatched).length / matched.length },
    passed: rows.filter((r) => r.passFail === "pass").length,
    failed: rows.filter((r) => r.passFail === "fail").length,
  };
}

function expectFigures(actual: AccuracyFigures, expected: ReturnType<typeof recompute>) {
  expect(actual.n).toBe(expected.n);
  expect(actual.passed).toBe(expected.passed);
  expect(actual.failed).toBe(expected.failed);
  expect(actual.matched.n).toBe(expected.matched.n);
  expect(actual.matched.share ?? -1).toBeCloseTo(expected.matched.share ?? -1, 9);
  for (const q of ["droplet", "cone", "flow"] as const) {
    expect(actual[q].n, q).toBe(expected[q].n);
    for (const k of ["bias", "rmse", "coverage"] as const) expect(actual[q][k] ?? -1, `${q}.${k}`).toBeCloseTo(expected[q][k] ?? -1, 9);
  }
}

function groupBy<K>(rows: Row[], key: (r: Row) => K): Map<K, Row[]> {
  const groups = new Map<K, Row[]>();
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return groups;
}

const monthOf = (r: Row) => `${r.createdAt.toISOString().slice(0, 7)}-01`;
const report = (tenantId: string, query: Partial<AccuracyQuery> = {}) =>
  withTenantReadTx(tenantId, (tx) => getAccuracyReport(tx, tenantId, accuracyQuerySchema.parse(query)));

describe("accuracy analytics", () => {
  it("equals a recomputation from the rows: the whole and every breakdown", async () => {
    const t = await tenantWithResults(11);
    const rows = await rowsOf(t.tenantId);
    const seen = await report(t.tenantId);
    expectFigures(seen.overall, recompute(rows));
    const breakdowns = [
      [seen.bySku, (r: Row) => r.actuatorSku],
      [seen.bySprayType, (r: Row) => r.sprayType],
      [seen.byFluidClass, (r: Row) => r.fluidClass],
      [seen.byModelVersion, (r: Row) => r.modelVersion],
      [seen.overTime, monthOf],
    ] as const;
    for (const [groups, key] of breakdowns) {
      const expected = groupBy(rows, key);
      expect(groups.map((g) => g.key).sort()).toEqual([...expected.keys()].sort());
      for (const g of groups) expectFigures(g, recompute(expected.get(g.key)!));
    }
    expect(seen.byFluidClass.map((g) => g.key).sort()).toEqual(["medium", "thin"]);
    expect(seen.points).toHaveLength(rows.length);
    expect(seen.pointsCapped).toBe(false);
  });

  it("stays equal to a recomputation after results are edited, moved to another SKU and deleted", async () => {
    const t = await tenantWithResults(16);
    const rows = await rowsOf(t.tenantId);
    const otherSku = rows.find((r) => r.actuatorSku !== rows[0]!.actuatorSku)!.actuatorSku;
    await updateFeedback(
      t.owner,
      rows[0]!.id,
      updateFeedbackSchema.parse({ actuatorSku: otherSku, testConditions: { pressureBar: 4 }, dv50Um: 500, sprayConeAngleActual: 10 }),
    );
    await updateFeedback(
      t.owner,
      rows[1]!.id,
      updateFeedbackSchema.parse({ actuatorSku: rows[1]!.actuatorSku, testConditions: { pressureBar: 3 } }),
    );
    await deleteFeedback(t.owner, rows[2]!.id);
    const after = await rowsOf(t.tenantId);
    const seen = await report(t.tenantId);
    expectFigures(seen.overall, recompute(after));
    for (const g of seen.bySku) expectFigures(g, recompute(after.filter((r) => r.actuatorSku === g.key)));
    for (const g of seen.overTime) expectFigures(g, recompute(after.filter((r) => monthOf(r) === g.key)));
  });

  it("filters by dates, SKU, spray type and fluid class, and buckets by week", async () => {
    const t = await tenantWithResults(12);
    const rows = await rowsOf(t.tenantId);
    const sku = rows[0]!.actuatorSku;
    const cases: [Partial<AccuracyQuery>, (r: Row) => boolean][] = [
      [{ from: "2026-10-01", to: "2026-10-31" }, (r) => monthOf(r) === "2026-10-01"],
      [{ sku }, (r) => r.actuatorSku === sku],
      [{ sprayType: rows[0]!.sprayType as AccuracyQuery["sprayType"] }, (r) => r.sprayType === rows[0]!.sprayType],
      [{ fluidClass: "medium" }, (r) => r.fluidClass === "medium"],
    ];
    for (const [query, keep] of cases) {
      const seen = await report(t.tenantId, query);
      expectFigures(seen.overall, recompute(rows.filter(keep)));
      expect(seen.points.length).toBe(rows.filter(keep).length);
    }
    const weekly = await report(t.tenantId, { bucket: "week" });
    expect(weekly.overTime.reduce((n, g) => n + g.n, 0)).toBe(rows.length);
    for (const g of weekly.overTime) expect(new Date(`${g.key}T00:00:00Z`).getUTCDay()).toBe(1);
  });

  it("shows a tenant nothing of another tenant's results", async () => {
    const a = await tenantWithResults(13);
    const b = await createTenant();
    const seen = await report(b.tenantId);
    expect(seen.overall.n).toBe(0);
    expect(seen.bySku).toEqual([]);
    expect(seen.points).toEqual([]);
    // Even asking for A's tenant id from B's transaction: the row-level policy answers nothing.
    const leaked = await withTenantReadTx(b.tenantId, (tx) => getAccuracyReport(tx, a.tenantId, accuracyQuerySchema.parse({})));
    expect(leaked.overall.n).toBe(0);
    const top = await withTenantReadTx(b.tenantId, (tx) => getTopConfigurations(tx, b.tenantId, topConfigurationsQuerySchema.parse({})));
    expect(top.skus.tested).toEqual([]);
    expect(top.fluids).toEqual([]);
    const usage = await withTenantReadTx(b.tenantId, (tx) =>
      getUsageReport(tx, b.tenantId, usageQuerySchema.parse({ from: "2026-09-01", to: "2026-11-30" })),
    );
    expect(usage.totals.feedbackSubmitted).toBe(0);
  });
});

describe("usage and top configurations", () => {
  it("count each day's configurations, rankings, lab results and active members, every day of the range present", async () => {
    const t = await tenantWithResults(14);
    await startSession(t.tenantId, t.ownerId, { ip: null, userAgent: "vitest", requestId: null });
    const today = new Date().toISOString().slice(0, 10);
    const usage = await withTenantReadTx(t.tenantId, (tx) =>
      getUsageReport(tx, t.tenantId, usageQuerySchema.parse({ from: "2026-09-01", to: today })),
    );
    expect(usage.days[0]!.day).toBe("2026-09-01");
    expect(usage.days.at(-1)!.day).toBe(today);
    const recorded = (await rowsOf(t.tenantId)).filter((r) => r.createdAt.toISOString().slice(0, 10) <= today);
    expect(usage.totals.feedbackSubmitted).toBe(recorded.length);
    const sept3 = usage.days.find((d) => d.day === "2026-09-03")!;
    expect(sept3.feedbackSubmitted).toBe(recorded.filter((r) => r.createdAt.toISOString().startsWith("2026-09-03")).length);
    const day = usage.days.at(-1)!;
    expect(day).toMatchObject({ configurationsCreated: 2, rankingsRun: 2, exports: 0, apiCalls: 0 });
    expect(day.activeMembers).toBe(1);
    expect(usage.totals.activeMembers).toBe(1);
  });

  it("ranks the SKUs tested most and the fluids used most", async () => {
    const t = await tenantWithResults(15);
    const top = await withTenantReadTx(t.tenantId, (tx) =>
      getTopConfigurations(tx, t.tenantId, topConfigurationsQuerySchema.parse({ limit: 50 })),
    );
    const counts = groupBy(await rowsOf(t.tenantId), (r) => r.actuatorSku);
    expect(top.skus.tested.map((s) => [s.sku, s.count]).sort()).toEqual([...counts].map(([sku, rows]) => [sku, rows.length]).sort());
    expect(top.skus.rankedFirst.reduce((n, s) => n + s.count, 0)).toBe(2);
    expect(top.fluids).toEqual(
      expect.arrayContaining([
        { fluidId: waterId, name: expect.any(String), count: 1 },
        { fluidId: null, name: null, count: 1 },
      ]),
    );
    expect(top.skus.ordered).toEqual([]);
  });
});
