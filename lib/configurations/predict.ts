import type { z } from "zod";
import { getCatalogSnapshot, withCommercial } from "@/lib/catalog/engine-catalog";
import { getCurrentCalibration } from "@/lib/ml/calibration-service";
import { rankActuators } from "@/lib/prediction/rank";
import type { predictionSchema } from "@/lib/prediction/response-schemas";
import type { PredictRequest } from "./schemas";

/**
 * Ranks the whole catalog for ad-hoc inputs with the tenant's current calibration, with each
 * SKU's price and stock alongside.
 */
export async function predictForInput(tenantId: string, input: PredictRequest): Promise<z.input<typeof predictionSchema>> {
  const [catalog, calibration] = await Promise.all([getCatalogSnapshot(), getCurrentCalibration(tenantId)]);
  const options = { topN: input.topN, calibration: calibration.table };
  const result = rankActuators({ fluid: input.fluid, targets: input.targets }, catalog.actuators, options);
  return {
    ...result,
    calibrationVersion: calibration.version,
    catalogLoadedAt: catalog.loadedAt,
    ranked: result.ranked.map((r) => withCommercial(catalog, r)),
  };
}
