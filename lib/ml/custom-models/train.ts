// Trains a model of any type on rows (the job only: it loads the training libraries).

import { trainCalibrationModel } from "./calibration-model";
import { QUANTITIES, type Quantity, rowFeatures, rowResiduals, type TrainingRow } from "./features";
import { trainForestModel } from "./forest-model";
import type { ModelType, QuantitySamples, SerializedModel } from "./model-types";
import { trainNeuralModel } from "./neural-model";

function toSamples(rows: readonly TrainingRow[]): Partial<Record<Quantity, QuantitySamples>> {
  const out: Partial<Record<Quantity, QuantitySamples>> = {};
  for (const row of rows) {
    const features = rowFeatures(row);
    const residuals = rowResiduals(row);
    for (const q of QUANTITIES) {
      const value = residuals[q];
      if (value === null) continue;
      const s = out[q] ?? { x: [], y: [] };
      out[q] = s;
      s.x.push(features);
      s.y.push(value);
    }
  }
  return out;
}

export async function trainModel(type: ModelType, rows: readonly TrainingRow[]): Promise<SerializedModel> {
  if (type === "calibration") return trainCalibrationModel(rows);
  if (type === "random_forest") return trainForestModel(toSamples(rows));
  return trainNeuralModel(toSamples(rows));
}
