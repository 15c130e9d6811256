// Out-of-sample accuracy of a model type against the physics alone: k-fold, each row predicted
// by a model trained without it (folds by a fixed interleave of the rows).

import type { CustomModelMetricsJson } from "@/db/schema";
import { QUANTITIES, type Quantity, rowFeatures, rowResiduals, type TrainingRow } from "./features";
import type { ModelType } from "./model-types";
import { loadPredictor } from "./predictors";
import { clampResidual } from "./residual-clamp";
import { trainModel } from "./train";

const CV_FOLDS = 5;

type Sums = Record<Quantity, { n: number; baseline: number; model: number }>;

export async function crossValidate(
  type: ModelType,
  rows: readonly TrainingRow[],
  onFold: (done: number, folds: number) => Promise<void> = async () => {},
): Promise<CustomModelMetricsJson> {
  const folds = Math.min(CV_FOLDS, rows.length);
  const sums = Object.fromEntries(QUANTITIES.map((q) => [q, { n: 0, baseline: 0, model: 0 }])) as Sums;
  for (let fold = 0; fold < folds; fold++) {
    const train = rows.filter((_, i) => i % folds !== fold);
    const test = rows.filter((_, i) => i % folds === fold);
    const predict = loadPredictor(await trainModel(type, train));
    const predicted = predict(test.map((r) => ({ sku: r.actuator.sku, viscosityCp: r.fluid.viscosityCp, features: rowFeatures(r) })));
    for (const [i, row] of test.entries()) {
      const actual = rowResiduals(row);
      for (const q of QUANTITIES) {
        const value = actual[q];
        if (value === null) continue;
        const s = sums[q];
        s.n++;
        s.baseline += value * value;
        s.model += (value - clampResidual(q, predicted[i]![q])) ** 2;
      }
    }
    await onFold(fold + 1, folds);
  }
  const rmse = (q: Quantity) => {
    const s = sums[q];
    return s.n === 0
      ? { n: 0, baseline: null, model: null }
      : { n: s.n, baseline: Math.sqrt(s.baseline / s.n), model: Math.sqrt(s.model / s.n) };
  };
  return { folds, rows: rows.length, dv50Log: rmse("dv50Log"), coneDeg: rmse("coneDeg"), flowLog: rmse("flowLog") };
}

/**
 * A model beats the baseline when its out-of-sample RMSE is below the physics' on every
 * quantity it was measured on: it corrects all three, so it must not make any of them worse.
 */
export function beatsBaseline(metrics: CustomModelMetricsJson): boolean {
  const measured = QUANTITIES.map((q) => metrics[q]).filter((m) => m.n > 0 && m.baseline !== null && m.model !== null);
  return measured.length > 0 && measured.every((m) => m.model! < m.baseline!);
}
