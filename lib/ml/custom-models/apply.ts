// A custom model in a prediction: the physics runs first (uncalibrated) at each SKU's operating
// point, the model predicts the residual there from the features, and the clamped residuals go
// to the engine as a calibration table for this request, with the model's out-of-sample RMSE
// as the residual σ. The engine itself is unchanged: it corrects the physics, it never
// replaces it. SKUs the physics rejects keep their rejection (no residual is applied).

import type { CustomModelMetricsJson } from "@/db/schema";
import type { CalibrationFactors, CalibrationTable, FluidClass } from "@/lib/prediction/calibration";
import { createRankContext } from "@/lib/prediction/context";
import { createEvaluation, evaluateActuator } from "@/lib/prediction/evaluate";
import type { Actuator, PredictionInput } from "@/lib/prediction/schemas";
import { convertM3sToMlMin, convertMToUm, convertPaToBar } from "@/lib/prediction/units";
import { toFeatures } from "./features";
import type { ModelInput, PredictResiduals } from "./model-types";
import { clampResiduals } from "./residual-clamp";

function sigmas(metrics: CustomModelMetricsJson | null): Pick<CalibrationFactors, "smdSigma" | "flowSigma" | "coneSigmaDeg"> {
  const out: Pick<CalibrationFactors, "smdSigma" | "flowSigma" | "coneSigmaDeg"> = {};
  if (metrics?.dv50Log.model != null) out.smdSigma = Math.min(2, metrics.dv50Log.model);
  if (metrics?.flowLog.model != null) out.flowSigma = Math.min(1, metrics.flowLog.model);
  if (metrics?.coneDeg.model != null) out.coneSigmaDeg = Math.min(45, metrics.coneDeg.model);
  return out;
}

export function buildModelCalibration(
  input: PredictionInput,
  catalog: readonly Actuator[],
  predict: PredictResiduals,
  metrics: CustomModelMetricsJson | null,
): CalibrationTable {
  const ctx = createRankContext(input);
  const scratch = createEvaluation();
  const fluid = { viscosityCp: ctx.fluid.viscosityCp, densityKgM3: ctx.fluid.densityKgM3, surfaceTensionMNm: ctx.fluid.surfaceTensionMNm };
  const inputs: ModelInput[] = [];
  for (const a of catalog) {
    const ev = evaluateActuator(ctx, a, scratch);
    if (ev.rejection !== null) continue;
    const physics = { dv50Um: convertMToUm(ev.smdM) * ev.ratios.dv50, coneDeg: ev.coneDeg, flowMlMin: convertM3sToMlMin(ev.flowM3s) };
    inputs.push({ sku: a.sku, viscosityCp: fluid.viscosityCp, features: toFeatures(a, fluid, convertPaToBar(ev.pressurePa), physics) });
  }
  const residuals = predict(inputs);
  const sigma = sigmas(metrics);
  const table = new Map<string, Partial<Record<FluidClass, CalibrationFactors>>>();
  for (const [i, item] of inputs.entries()) {
    const r = clampResiduals(residuals[i]!);
    table.set(item.sku, {
      [ctx.fluidClass]: { smdLogCorrection: r.dv50Log, flowLogCorrection: r.flowLog, coneCorrectionDeg: r.coneDeg, ...sigma },
    });
  }
  return table;
}
