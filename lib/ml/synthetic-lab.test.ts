import { describe, expect, it } from "vitest";
import { evaluateOutOfSample } from "./calibration-estimator";
import { toCalibrationPoint } from "./points";
import { generateSyntheticLab } from "./synthetic-lab";

describe("synthetic lab", () => {
  it("gives the same results for the same seed", () => {
    const a = generateSyntheticLab({ skuCount: 3, resultsPerSku: 2, seed: 5 });
    const b = generateSyntheticLab({ skuCount: 3, resultsPerSku: 2, seed: 5 });
    expect(a).toEqual(b);
    expect(a).toHaveLength(6);
  });

  it("departs from the engine: uncalibrated predictions miss the measured droplet size", () => {
    const m = evaluateOutOfSample(generateSyntheticLab({ skuCount: 30, resultsPerSku: 20, seed: 1 }).map(toCalibrationPoint));
    expect(m.droplet.rmseBefore!).toBeGreaterThan(0.2);
  });

  for (const seed of [1, 2, 3]) {
    it(`with 20 results per SKU, calibration halves the out-of-sample Dv50 error and covers 80 ± 5 % (seed ${seed})`, () => {
      const lab = generateSyntheticLab({ skuCount: 30, resultsPerSku: 20, seed });
      const m = evaluateOutOfSample(lab.map(toCalibrationPoint));
      expect(m.droplet.n).toBe(600);
      expect(m.droplet.rmseAfter!).toBeLessThanOrEqual(0.5 * m.droplet.rmseBefore!);
      expect(m.droplet.coverageAfter!).toBeGreaterThanOrEqual(0.75);
      expect(m.droplet.coverageAfter!).toBeLessThanOrEqual(0.85);
    });
  }
});
