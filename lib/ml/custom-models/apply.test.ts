import { describe, expect, it } from "vitest";
import { generateCatalog } from "@/lib/prediction/catalog-generator";
import { MAX_CONE_DEG, MIN_CONE_DEG } from "@/lib/prediction/cone";
import { rankActuators } from "@/lib/prediction/rank";
import { buildModelCalibration } from "./apply";
import type { PredictResiduals } from "./model-types";
import { clampResidual, RESIDUAL_LIMITS } from "./residual-clamp";

const catalog = generateCatalog(60, 5);
const input = { fluid: { viscosityCp: 2, densityKgM3: 1000, surfaceTensionMNm: 50, flashPointC: null }, targets: { maxPressureBar: 10 } };
const constant =
  (dv50Log: number, flowLog: number, coneDeg: number): PredictResiduals =>
  (inputs) =>
    inputs.map(() => ({ dv50Log, flowLog, coneDeg }));

describe("residual clamp", () => {
  it("bounds each residual and turns a missing or non-finite one into no correction", () => {
    expect(clampResidual("dv50Log", 50)).toBe(RESIDUAL_LIMITS.dv50Log);
    expect(clampResidual("flowLog", -50)).toBe(-RESIDUAL_LIMITS.flowLog);
    expect(clampResidual("coneDeg", 3)).toBe(3);
    expect(clampResidual("coneDeg", Number.NaN)).toBe(0);
    expect(clampResidual("dv50Log", null)).toBe(0);
  });

  it("a model predicting absurd residuals moves predictions by at most the limits, and the cone stays physical", () => {
    const plain = rankActuators(input, catalog, { topN: 60 });
    for (const sign of [1, -1]) {
      const bySku = new Map(plain.ranked.map((r) => [r.sku, r]));
      // Everything at once: every factor inside the limits, every cone physical.
      const table = buildModelCalibration(input, catalog, constant(sign * 1e6, sign * 1e6, sign * 1e6), null);
      for (const byClass of table.values()) {
        const f = byClass.thin!;
        expect(Math.abs(f.smdLogCorrection!)).toBe(RESIDUAL_LIMITS.dv50Log);
        expect(Math.abs(f.flowLogCorrection!)).toBe(RESIDUAL_LIMITS.flowLog);
        expect(Math.abs(f.coneCorrectionDeg!)).toBe(RESIDUAL_LIMITS.coneDeg);
      }
      const corrected = rankActuators(input, catalog, { topN: 60, calibration: table });
      expect(corrected.ranked.length).toBeGreaterThan(0);
      for (const r of corrected.ranked) {
        expect(r.coneDeg.p50).toBeGreaterThanOrEqual(MIN_CONE_DEG);
        expect(r.coneDeg.p50).toBeLessThanOrEqual(MAX_CONE_DEG);
        expect(r.dv50Um.p50).toBeGreaterThan(0);
      }
      // Droplet size alone (the cone feeds the droplet correlations): moved by exactly the bound.
      const dropletOnly = rankActuators(input, catalog, {
        topN: 60,
        calibration: buildModelCalibration(input, catalog, constant(sign * 1e6, 0, 0), null),
      });
      for (const r of dropletOnly.ranked) {
        const before = bySku.get(r.sku);
        if (before) expect(Math.log(r.dv50Um.p50 / before.dv50Um.p50)).toBeCloseTo(sign * RESIDUAL_LIMITS.dv50Log, 9);
      }
    }
  });

  it("a model predicting no residual leaves the physics as it is", () => {
    const plain = rankActuators(input, catalog, { topN: 10 });
    const same = rankActuators(input, catalog, { topN: 10, calibration: buildModelCalibration(input, catalog, constant(0, 0, 0), null) });
    expect(same.ranked.map((r) => [r.sku, r.dv50Um.p50, r.coneDeg.p50])).toEqual(
      plain.ranked.map((r) => [r.sku, r.dv50Um.p50, r.coneDeg.p50]),
    );
  });
});
