import { describe, expect, it } from "vitest";
import {
  type CalibrationPoint,
  cellKey,
  estimateTau2,
  evaluateOutOfSample,
  fitCalibration,
  toCalibrationFactors,
  toCalibrationTable,
} from "./calibration-estimator";

const BASE = { sku: "SPENC-A", fluidClass: "thin", supplier: "spencer", sprayType: "hollow_cone" } as const;

function points(count: number, value: number, change: Partial<CalibrationPoint> = {}, jitter = 0.02): CalibrationPoint[] {
  return Array.from({ length: count }, (_, i) => ({
    ...BASE,
    droplet: { value: value + (i % 2 === 0 ? jitter : -jitter), baselineSigma: 0.15 },
    flow: { value: value / 4, baselineSigma: 0.05 },
    cone: { value: value * 10, baselineSigma: 3 },
    ...change,
  }));
}

const key = cellKey(BASE.sku, BASE.fluidClass);

describe("fitCalibration", () => {
  it("moves a SKU measured once by less than half its residual", () => {
    const fit = fitCalibration(points(1, 0.6));
    for (const [q, residual] of [
      ["droplet", 0.6],
      ["flow", 0.15],
      ["cone", 6],
    ] as const) {
      const cell = fit[q].get(key)!;
      expect(cell.n).toBe(1);
      expect(cell.correction).toBeGreaterThan(0);
      expect(cell.correction).toBeLessThan(0.5 * residual);
    }
  });

  it("moves a SKU with many consistent results to their mean", () => {
    const fit = fitCalibration(points(200, 0.4));
    expect(fit.droplet.get(key)!.correction).toBeCloseTo(0.4, 1);
    expect(fit.flow.get(key)!.correction).toBeCloseTo(0.1, 1);
    expect(fit.cone.get(key)!.correction).toBeCloseTo(4, 0);
  });

  it("moves further the more results agree", () => {
    const corrections = [1, 3, 10, 30].map((n) => fitCalibration(points(n, 0.4)).droplet.get(key)!.correction);
    for (let i = 1; i < corrections.length; i++) expect(corrections[i]).toBeGreaterThan(corrections[i - 1]!);
  });

  it("pulls a sparsely measured SKU toward the mean of its supplier and spray type", () => {
    const siblings = ["SPENC-B", "SPENC-C", "SPENC-D"].flatMap((sku) => points(30, 0.5, { sku }, 0.15));
    const other = points(30, 0.5, { sku: "COST-B", supplier: "coster" }, 0.15);
    const alone = fitCalibration(points(1, 0)).droplet.get(key)!.correction;
    const withSiblings = fitCalibration([...siblings, ...points(1, 0)]).droplet.get(key)!.correction;
    const withOtherSupplier = fitCalibration([...other, ...points(1, 0)]).droplet.get(key)!.correction;
    expect(Math.abs(alone)).toBeLessThan(0.02);
    expect(withSiblings).toBeGreaterThan(0.2);
    expect(withOtherSupplier).toBeLessThan(0.05);
  });

  it("narrows the residual sigma to the scatter of consistent results, never to zero", () => {
    const fit = fitCalibration(points(500, 0.3, {}, 0));
    for (const q of ["droplet", "flow", "cone"] as const) {
      const sigma = fit[q].get(key)!.sigma;
      expect(sigma).toBeGreaterThan(0);
    }
    expect(fit.droplet.get(key)!.sigma).toBeLessThan(0.05);
  });

  it("keeps the prior sigma for one result", () => {
    const sigma = fitCalibration(points(1, 0.1)).droplet.get(key)!.sigma;
    expect(sigma).toBeGreaterThanOrEqual(0.15);
  });

  it("clamps corrections to the calibration schema's ranges", () => {
    const far = Array.from({ length: 100 }, () => ({
      ...BASE,
      droplet: { value: 9, baselineSigma: 0.15 },
      flow: { value: -5, baselineSigma: 0.05 },
      cone: { value: 120, baselineSigma: 3 },
    }));
    const factors = toCalibrationFactors(fitCalibration(far))[BASE.sku]!.thin!;
    expect(factors.smdLogCorrection).toBe(2);
    expect(factors.flowLogCorrection).toBe(-1);
    expect(factors.coneCorrectionDeg).toBe(45);
  });

  it("clamps sigmas to the calibration schema's ranges", () => {
    const wild = Array.from({ length: 100 }, (_, i) => ({
      ...BASE,
      droplet: { value: i % 2 === 0 ? 6 : -6, baselineSigma: 0.15 },
      flow: { value: i % 2 === 0 ? 4 : -4, baselineSigma: 0.05 },
      cone: { value: i % 2 === 0 ? 200 : -200, baselineSigma: 3 },
    }));
    const factors = toCalibrationFactors(fitCalibration(wild))[BASE.sku]!.thin!;
    expect(factors.smdSigma).toBe(2);
    expect(factors.flowSigma).toBe(1);
    expect(factors.coneSigmaDeg).toBe(45);
  });

  it("fits only the quantities a SKU's results measured", () => {
    const factors = toCalibrationFactors(fitCalibration(points(5, 0.2, { flow: undefined, cone: undefined })));
    expect(Object.keys(factors[BASE.sku]!.thin!).sort()).toEqual(["smdLogCorrection", "smdSigma"]);
  });
});

describe("estimateTau2", () => {
  it("keeps the prior below two units and the floor when the means agree", () => {
    expect(estimateTau2([0.3], [0.01], 0.15, 0.02)).toBeCloseTo(0.0225, 10);
    expect(estimateTau2([0.1, 0.1, 0.1], [0.01, 0.01, 0.01], 0.15, 0.02)).toBeCloseTo(0.0004, 10);
  });

  it("is the method-of-moments excess of the spread of the means over their sampling variance", () => {
    // Q = 100·(0.25² + 0.25²) = 12.5, C = 200 − 20000/200 = 100: τ² = (12.5 − 1)/100.
    expect(estimateTau2([-0.25, 0.25], [0.01, 0.01], 0.15, 0.02)).toBeCloseTo(0.115, 10);
  });
});

describe("toCalibrationTable", () => {
  it("lays the tenant's factors over the global ones, factor by factor", () => {
    const table = toCalibrationTable(
      { A: { thin: { smdLogCorrection: 0.2 } } },
      {
        A: { thin: { smdLogCorrection: -0.1, coneCorrectionDeg: 2 }, viscous: { flowLogCorrection: 0.1 } },
        B: { thin: { smdSigma: 0.1 } },
      },
    );
    expect(table.get("A")).toEqual({ thin: { smdLogCorrection: 0.2, coneCorrectionDeg: 2 }, viscous: { flowLogCorrection: 0.1 } });
    expect(table.get("B")).toEqual({ thin: { smdSigma: 0.1 } });
  });
});

describe("evaluateOutOfSample", () => {
  it("scores each result with a calibration fitted without it", () => {
    // One result per SKU: out of sample there is nothing to learn from, so nothing changes.
    const single = ["A", "B", "C", "D", "E"].map((sku) => points(1, 0.5, { supplier: sku, sku })[0]!);
    const m = evaluateOutOfSample(single);
    expect(m.droplet.n).toBe(5);
    expect(m.droplet.rmseAfter).toBeCloseTo(m.droplet.rmseBefore!, 10);
  });

  it("reports no figures for a quantity nobody measured", () => {
    const m = evaluateOutOfSample(points(6, 0.2, { cone: undefined }));
    expect(m.cone).toEqual({ n: 0, rmseBefore: null, rmseAfter: null, coverageBefore: null, coverageAfter: null });
    expect(m.droplet.rmseAfter!).toBeLessThan(m.droplet.rmseBefore!);
  });
});
