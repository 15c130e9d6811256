import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import type { CalibrationTable } from "./calibration";
import { generateCatalog } from "./catalog-generator";
import { MODEL_VERSION } from "./model-version";
import { predictActuator, predictActuatorAtPressure } from "./predict";
import { rankActuators } from "./rank";
import type { PredictionInput } from "./schemas";
import { createActuator, WATER_FLUID } from "./test-fixtures";

// Water, 2000 ml/min, cone 80° ± 10, at most 15 bar. Every SKU: 1 mm orifice, rated at 3 bar, n = 0.5,
// so the required pressure is ΔP = 3 · (2000 / Q_ref)² bar.
const INPUT: PredictionInput = {
  fluid: WATER_FLUID,
  targets: { flowMlMin: 2000, coneDeg: 80, maxPressureBar: 15 },
};
const CATALOG = [
  // 3 · (2000/1000)² = 12 bar: feasible; cone 80 · min(1.15, 4^0.11) = 92° → error 1.2 → 48.68
  createActuator({ sku: "SPENC-A", refFlowMlMin: 1000 }),
  // 3 · 4² = 48 bar > 20 bar actuator maximum
  createActuator({ sku: "SPENC-B", refFlowMlMin: 500 }),
  // 3 · 2.5² = 18.75 bar: under the actuator's 30 bar, over the 15 bar target
  createActuator({ sku: "SPENC-C", refFlowMlMin: 800, maxPressureBar: 30 }),
  // 3 · 0.1² = 0.03 bar: below the 0.3 bar a spray needs
  createActuator({ sku: "COST-D", supplier: "coster", refFlowMlMin: 20_000 }),
  // 3 bar, its rating point: cone exactly 80° → 100
  createActuator({ sku: "COST-E", supplier: "coster", refFlowMlMin: 2000 }),
  // 3 · (2000/1400)² = 6.122 bar; cone 40 · 2.0408^0.11 = 43.27° → error 3.67 → 0.117
  createActuator({ sku: "SPENC-F", refFlowMlMin: 1400, nominalConeDeg: 40 }),
];

describe("rankActuators on a hand-worked catalog", () => {
  const result = rankActuators(INPUT, CATALOG);

  it("ranks the feasible SKUs best first with the hand-worked scores", () => {
    expect(result.ranked.map((r) => r.sku)).toEqual(["COST-E", "SPENC-A", "SPENC-F"]);
    expect(result.ranked.map((r) => r.score)).toEqual([100, expect.closeTo(48.68, 2), expect.closeTo(0.117, 3)]);
    expect(result.ranked[0]!.withinTolerance).toEqual({ droplet: null, cone: true });
    expect(result.ranked[1]!.withinTolerance.cone).toBe(false);
  });

  it("rejects the others with the reason and the numbers", () => {
    expect(result.rejected.total).toBe(3);
    expect(result.rejected.byReason).toEqual({
      above_actuator_max_pressure: 1,
      above_target_max_pressure: 1,
      below_min_pressure: 1,
    });
    expect(result.rejected.items.map((r) => [r.sku, r.message])).toEqual([
      ["SPENC-B", "needs 48.0 bar, above the actuator's maximum of 20.0 bar"],
      ["SPENC-C", "needs 18.8 bar, above the target maximum of 15.0 bar"],
      ["COST-D", "needs 0.0300 bar, below the 0.300 bar a spray needs to form"],
    ]);
    expect(result.feasibleCount).toBe(3);
    expect(result.evaluatedCount).toBe(6);
  });

  it("records the model version", () => {
    expect(result.modelVersion).toBe(MODEL_VERSION);
    expect(MODEL_VERSION).toMatch(/^\d{4}\.\d{2}-\d+$/);
  });

  it("predicts the best SKU's operating point by hand", () => {
    // ṁ = 2000 ml/min · 1000 kg/m³ = 0.033333 kg/s at 3 bar, cone 80°, d₀ 1 mm:
    // Lefebvre 2.25 · (0.0728 · 1e-3 · 0.033333 / 1.2)^0.25 / √3e5 = 2.25 · 0.037710 / 547.72 = 154.91 µm
    // Wang–Lefebvre t = 2.7 · (1.1111e-16)^0.25 = 277.21 µm; t cos40° = 212.35 µm
    //   4.52 · 2.8653e-5 · 0.120716 + 0.39 · 0.119250 · 1.75911e-3 = 15.63 + 81.81 = 97.45 µm
    // SMD = √(154.91 · 97.45) = 122.86 µm; Dv50 = 1.198390 · 122.86 = 147.24 µm
    // spread = |ln(154.91/97.45)| / √2 = 0.32778; σ = √(0.32778² + 0.15²) = 0.36047
    const best = result.ranked[0]!;
    expect(best.requiredPressureBar.p50).toBeCloseTo(3, 9);
    expect(best.flowMlMin).toEqual({ p10: expect.closeTo(1875.9, 1), p50: expect.closeTo(2000, 6), p90: expect.closeTo(2132.35, 1) });
    expect(best.smdMembersUm.lefebvre1987).toBeCloseTo(154.91, 1);
    expect(best.smdMembersUm.wangLefebvre1987).toBeCloseTo(97.45, 1);
    expect(best.smdUm.p50).toBeCloseTo(122.86, 1);
    expect(best.dv50Um.p50).toBeCloseTo(147.24, 1);
    expect(best.smdUm.p90 / best.smdUm.p50).toBeCloseTo(Math.exp(1.2815516 * 0.36047), 3);
    expect(best.coneDeg.p50).toBeCloseTo(80, 9);
    expect(best.span).toBeCloseTo(0.958412, 5);
    expect(best.flags).toEqual([]);
  });

  it("widens the required pressure interval by 1/n of the flow sigma", () => {
    // σ_ln ΔP = 0.05 / 0.5 = 0.1 → P90 = 12 · e^0.128155 = 13.641 bar
    expect(result.ranked[1]!.requiredPressureBar.p90).toBeCloseTo(13.641, 2);
  });
});

describe("rankActuators options and inputs", () => {
  it("keeps only the top N and counts every rejection while listing the first few", () => {
    const result = rankActuators(INPUT, CATALOG, { topN: 1, rejectedLimit: 1 });
    expect(result.ranked.map((r) => r.sku)).toEqual(["COST-E"]);
    expect(result.rejected.total).toBe(3);
    expect(result.rejected.items.map((r) => r.sku)).toEqual(["SPENC-B"]);
  });

  it("rejects an input outside the validated ranges with a ZodError naming it", () => {
    const bad = { ...INPUT, fluid: { ...WATER_FLUID, viscosityCp: 2000 } };
    expect(() => rankActuators(bad, CATALOG)).toThrow(ZodError);
    expect(() => rankActuators(bad, CATALOG)).toThrow("Viscosity must be between 0.3 cP and 1,000 cP");
  });

  it("runs at the rating pressure, capped by the target maximum, when there is no flow target", () => {
    const input = { fluid: WATER_FLUID, targets: { maxPressureBar: 2 } };
    const [sku] = rankActuators(input, [createActuator({ refFlowMlMin: 1000 })]).ranked;
    // 2 bar instead of 3: Q = 1000 · (2/3)^0.5 = 816.50 ml/min
    expect(sku!.requiredPressureBar.p50).toBeCloseTo(2, 9);
    expect(sku!.flowMlMin.p50).toBeCloseTo(816.5, 1);
  });

  it("scores the droplet target against Dv50 by default and against SMD on request", () => {
    const sku = createActuator({ refFlowMlMin: 2000 });
    const dv50 = { fluid: WATER_FLUID, targets: { flowMlMin: 2000, dropletUm: 147.24 } };
    const smd = { ...dv50, targets: { ...dv50.targets, dropletMeasure: "smd" as const } };
    expect(rankActuators(dv50, [sku]).ranked[0]!.score).toBeCloseTo(100, 2);
    // SMD 122.86 vs 147.24: |ln 0.83442| / ln 1.2 = 0.99234 → 100 · e^(−0.49237) = 61.12
    expect(rankActuators(smd, [sku]).ranked[0]!.score).toBeCloseTo(61.12, 1);
  });

  it("marks every SKU with the fluid's flags", () => {
    const ethanol = { viscosityCp: 1.2, densityKgM3: 789, surfaceTensionMNm: 22.3, flashPointC: 13 };
    const result = rankActuators({ fluid: ethanol, targets: { flowMlMin: 2000 } }, CATALOG);
    expect(result.fluidFlags).toEqual(["flammable"]);
    expect(result.ranked.every((r) => r.flags.includes("flammable"))).toBe(true);
  });
});

describe("calibration", () => {
  const table: CalibrationTable = new Map([
    ["COST-E", { thin: { smdLogCorrection: Math.log(1.1), flowLogCorrection: Math.log(2), smdSigma: 0.05 } }],
  ]);

  it("applies the SKU × fluid-class correction and its residual", () => {
    const plain = rankActuators(INPUT, CATALOG).ranked.find((r) => r.sku === "COST-E")!;
    const calibrated = rankActuators(INPUT, CATALOG, { calibration: table }).ranked.find((r) => r.sku === "COST-E")!;
    expect(calibrated.calibrated).toBe(true);
    // The nozzle passes twice the catalog flow: 3 · (2000/4000)² = 0.75 bar
    expect(calibrated.requiredPressureBar.p50).toBeCloseTo(0.75, 9);
    expect(calibrated.smdUm.p50).not.toBeCloseTo(plain.smdUm.p50, 0);
    // At 3 bar the calibrated nozzle passes 4000 ml/min: ṁ doubles.
    // Lefebvre ∝ ṁ^0.25: 154.91 · 2^0.25 = 184.22 µm
    // Wang–Lefebvre: t ∝ ṁ^0.25, so 15.634 · 2^(1/16) + 81.812 · 2^(3/16) = 16.326 + 93.167 = 109.49 µm
    // SMD = √(184.22 · 109.49) · 1.1 = 142.02 · 1.1 = 156.23 µm; σ = 0.05, the measured residual
    // about the ensemble median, which already holds the spread between the members.
    const atSamePressure = predictActuatorAtPressure(INPUT, CATALOG[4]!, 3, { calibration: table });
    expect(atSamePressure.smdUm.p50).toBeCloseTo(156.23, 1);
    expect(atSamePressure.smdUm.p90 / atSamePressure.smdUm.p50).toBeCloseTo(Math.exp(1.28155 * 0.05), 3);
  });

  it("keeps the ensemble spread and the family sigma when a calibration has no droplet sigma", () => {
    const flowOnly: CalibrationTable = new Map([["COST-E", { thin: { flowLogCorrection: Math.log(2) } }]]);
    const atSamePressure = predictActuatorAtPressure(INPUT, CATALOG[4]!, 3, { calibration: flowOnly });
    const spread = Math.log(184.22 / 109.49) / Math.SQRT2;
    const sigma = Math.sqrt(spread ** 2 + 0.15 ** 2);
    expect(atSamePressure.smdUm.p90 / atSamePressure.smdUm.p50).toBeCloseTo(Math.exp(1.28155 * sigma), 3);
  });

  it("ignores a calibration fitted for another fluid class", () => {
    const other: CalibrationTable = new Map([["COST-E", { viscous: { smdLogCorrection: 1 } }]]);
    const result = rankActuators(INPUT, CATALOG, { calibration: other });
    expect(result.ranked[0]!.calibrated).toBe(false);
    expect(result.ranked[0]!.smdUm.p50).toBeCloseTo(122.86, 1);
  });
});

describe("single-SKU predictions", () => {
  it("matches the ranking for a feasible SKU", () => {
    const ranked = rankActuators(INPUT, CATALOG).ranked[0]!;
    expect(predictActuator(INPUT, CATALOG[4]!).prediction).toEqual(ranked);
  });

  it("returns the rejection for an infeasible SKU", () => {
    const { prediction, rejection } = predictActuator(INPUT, CATALOG[1]!);
    expect(prediction).toBeNull();
    expect(rejection?.reason).toBe("above_actuator_max_pressure");
  });

  it("predicts at a chosen pressure what the ranking predicts there", () => {
    const ranked = rankActuators(INPUT, CATALOG).ranked[1]!; // SPENC-A at 12 bar
    const atTwelve = predictActuatorAtPressure(INPUT, CATALOG[0]!, 12);
    expect(atTwelve.smdUm.p50).toBeCloseTo(ranked.smdUm.p50, 9);
    expect(atTwelve.flowMlMin.p50).toBeCloseTo(2000, 6);
    expect(() => predictActuatorAtPressure(INPUT, CATALOG[0]!, 1000)).toThrow(ZodError);
  });
});

describe("rankActuators on a generated catalog", () => {
  const catalog = generateCatalog(400, 7);
  const input: PredictionInput = {
    fluid: { viscosityCp: 8, densityKgM3: 1100, surfaceTensionMNm: 50 },
    targets: { flowMlMin: 600, dropletUm: 150, coneDeg: 70 },
  };

  it("returns the same top 20 as evaluating every SKU and sorting", () => {
    const ranked = rankActuators(input, catalog, { topN: 20 }).ranked.map((r) => r.sku);
    const everything = catalog
      .map((a, index) => ({ index, p: predictActuator(input, a).prediction }))
      .filter((e) => e.p !== null)
      .sort((x, y) => y.p!.score - x.p!.score || x.p!.requiredPressureBar.p50 - y.p!.requiredPressureBar.p50 || x.index - y.index);
    expect(ranked).toEqual(everything.slice(0, 20).map((e) => e.p!.sku));
  });

  it("accounts for every SKU as ranked-eligible or rejected", () => {
    const result = rankActuators(input, catalog, { rejectedLimit: 1000 });
    expect(result.feasibleCount + result.rejected.total).toBe(400);
    expect(result.rejected.items).toHaveLength(result.rejected.total);
    expect(result.ranked.length).toBe(Math.min(50, result.feasibleCount));
  });
});
