// The `calibration` model type: the empirical-Bayes estimator (lib/ml/calibration-estimator.ts)
// fitted on the rows, its per SKU × fluid class corrections read as the predicted residual.

import { classifyFluid } from "@/lib/prediction/calibration";
import { fitCalibration, toCalibrationFactors } from "../calibration-estimator";
import { toCalibrationPoint } from "../points";
import { type TrainingRow, toLabResult } from "./features";
import type { ModelInput, PredictResiduals, SerializedModel } from "./model-types";

export function trainCalibrationModel(rows: readonly TrainingRow[]): SerializedModel {
  const points = rows.map((r) => toCalibrationPoint(toLabResult(r)));
  return { type: "calibration", factors: toCalibrationFactors(fitCalibration(points)) };
}

export function calibrationPredictor(model: Extract<SerializedModel, { type: "calibration" }>): PredictResiduals {
  return (inputs: readonly ModelInput[]) =>
    inputs.map((input) => {
      const f = model.factors[input.sku]?.[classifyFluid(input.viscosityCp)];
      return { dv50Log: f?.smdLogCorrection ?? null, flowLog: f?.flowLogCorrection ?? null, coneDeg: f?.coneCorrectionDeg ?? null };
    });
}
