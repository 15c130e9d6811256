// A stored model as a residual predictor. No training library is loaded from here: the
// prediction route imports it.

import { calibrationPredictor } from "./calibration-model";
import { forestPredictor } from "./forest-model";
import type { PredictResiduals, SerializedModel } from "./model-types";
import { neuralPredictor } from "./neural-inference";

export function loadPredictor(model: SerializedModel): PredictResiduals {
  if (model.type === "calibration") return calibrationPredictor(model);
  if (model.type === "random_forest") return forestPredictor(model);
  return neuralPredictor(model);
}
