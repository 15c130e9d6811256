import { describe, expect, it } from "vitest";
import { beatsBaseline, crossValidate } from "./cross-validate";
import type { TrainingRow } from "./features";
import { MODEL_TYPES } from "./model-types";
import { generateSyntheticRows } from "./synthetic-rows";

const lab = generateSyntheticRows({ skuCount: 12, resultsPerSku: 20, seed: 3 });

// Measured = the physics × noise: nothing to learn, so no model can beat the physics out of sample.
function noiseOnly(rows: readonly TrainingRow[]): TrainingRow[] {
  return rows.map((r, i) => {
    const e = Math.sin(i * 12.9898) * 0.3;
    return {
      ...r,
      measured: {
        dv50Um: r.baseline.dv50Um.p50 * Math.exp(e),
        flowMlMin: r.baseline.flowMlMin.p50 * Math.exp(e / 3),
        coneDeg: r.baseline.coneDeg.p50 + 10 * e,
      },
    };
  });
}

describe("k-fold cross-validation of residual models", () => {
  it.each(MODEL_TYPES)(
    "%s: out of sample, beats the physics on the synthetic lab",
    async (type) => {
      const folds: number[] = [];
      const metrics = await crossValidate(type, lab, async (done) => void folds.push(done));
      expect(metrics.folds).toBe(5);
      expect(folds).toEqual([1, 2, 3, 4, 5]);
      expect(metrics.dv50Log.n).toBe(lab.length);
      expect(metrics.dv50Log.model!).toBeLessThan(metrics.dv50Log.baseline!);
    },
    60_000,
  );

  it("a model trained on noise does not beat the physics", async () => {
    const metrics = await crossValidate("random_forest", noiseOnly(lab));
    expect(beatsBaseline(metrics)).toBe(false);
  }, 60_000);
});
