import { createRankContext, type EngineOptions } from "./context";
import { createEvaluation, evaluateActuator, evaluateAtPressure } from "./evaluate";
import { MODEL_VERSION } from "./model-version";
import { buildRankedActuator, type RankedActuator } from "./ranked-actuator";
import { createRejectedActuator, type RejectedActuator } from "./rejections";
import { type Actuator, type PredictionInput, pressureSchema } from "./schemas";
import { convertBarToPa } from "./units";

// Exactly one of prediction and rejection is set.
export interface ActuatorPrediction {
  modelVersion: string;
  prediction: RankedActuator | null;
  rejection: RejectedActuator | null;
}

// The detail view of one SKU: the same evaluation the ranking runs, for a single actuator.
export function predictActuator(input: PredictionInput, actuator: Actuator, options: EngineOptions = {}): ActuatorPrediction {
  const ctx = createRankContext(input, options);
  const ev = evaluateActuator(ctx, actuator, createEvaluation());
  if (ev.rejection !== null) {
    const rejection = createRejectedActuator(ctx, actuator, ev.rejection, ev.pressurePa);
    return { modelVersion: MODEL_VERSION, prediction: null, rejection };
  }
  return {
    modelVersion: MODEL_VERSION,
    prediction: buildRankedActuator(ctx, actuator, ev),
    rejection: null,
  };
}

// The same SKU at a pressure the caller chooses (charts of droplet size against pressure).
// The flow target is dropped: at a fixed pressure the flow is a prediction, not a requirement.
export function predictActuatorAtPressure(
  input: PredictionInput,
  actuator: Actuator,
  pressureBar: number,
  options: EngineOptions = {},
): RankedActuator {
  const pressure = pressureSchema.parse(pressureBar);
  const ctx = createRankContext(input, options);
  const fixedPressureCtx = { ...ctx, targetFlowM3s: null };
  const pressurePa = convertBarToPa(pressure);
  const ev = evaluateAtPressure(fixedPressureCtx, actuator, pressurePa, createEvaluation());
  return buildRankedActuator(fixedPressureCtx, actuator, ev);
}
