import type { z } from "zod";
import { getCatalogSnapshot, withCommercial } from "@/lib/catalog/engine-catalog";
import { getCurrentCalibration } from "@/lib/ml/calibration-service";
import type { LoadedCustomModel } from "@/lib/ml/custom-models/active-model";
import { buildModelCalibration } from "@/lib/ml/custom-models/apply";
import { rankActuators } from "@/lib/prediction/rank";
import type { predictionSchema } from "@/lib/prediction/response-schemas";
import type { PredictRequest } from "./schemas";

/**
 * Ranks the whole catalog for ad-hoc inputs with the tenant's current calibration, with each
 * SKU's price and stock alongside. With a custom model, the model's residuals replace the
 * calibration (both correct the same physics; stacking them would correct twice).
 */
export async function predictForInput(
  tenantId: string,
  input: PredictRequest,
  model?: LoadedCustomModel,
): Promise<z.input<typeof predictionSchema>> {
  const [catalog, calibration] = await Promise.all([getCatalogSnapshot(), getCurrentCalibration(tenantId)]);
  const request = { fluid: input.fluid, targets: input.targets };
  const table = model ? buildModelCalibration(request, catalog.actuators, model.predict, model.metrics) : calibration.table;
  const result = rankActuators(request, catalog.actuators, { topN: input.topN, calibration: table });
  return {
    ...result,
    calibrationVersion: model ? null : calibration.version,
    customModelId: model?.id ?? null,
    catalogLoadedAt: catalog.loadedAt,
    ranked: result.ranked.map((r) => withCommercial(catalog, r)),
  };
}
