import type { z } from "zod";
import { getCatalogSnapshot, withCommercial } from "@/lib/catalog/engine-catalog";
import type { predictionSchema } from "@/lib/prediction/output-schemas";
import { rankActuators } from "@/lib/prediction/rank";
import type { PredictRequest } from "./schemas";

/** Ranks the whole catalog for ad-hoc inputs, with each SKU's price and stock alongside. */
export async function predictForInput(input: PredictRequest): Promise<z.input<typeof predictionSchema>> {
  const catalog = await getCatalogSnapshot();
  const result = rankActuators({ fluid: input.fluid, targets: input.targets }, catalog.actuators, { topN: input.topN });
  return {
    ...result,
    catalogLoadedAt: catalog.loadedAt,
    ranked: result.ranked.map((r) => withCommercial(catalog, r)),
  };
}
