// The model a prediction asks for by id: the tenant's own, on the Enterprise plan, activated.

import type { CustomModelMetricsJson } from "@/db/schema";
import { withTenantReadTx } from "@/db/tenant";
import type { Actor } from "@/lib/auth/actor";
import { assertPlanFeature } from "@/lib/billing/plans";
import { AppError } from "@/lib/http/errors";
import type { PredictResiduals, SerializedModel } from "./model-types";
import { loadPredictor } from "./predictors";
import { CUSTOM_MODELS_FEATURE, getCustomModelOrThrow } from "./service";

export type LoadedCustomModel = { id: string; name: string; predict: PredictResiduals; metrics: CustomModelMetricsJson | null };

// A ready model never changes, so its loaded predictor (forests are rebuilt from JSON) is kept.
const CACHE_SIZE = 20;
const cache = new Map<string, PredictResiduals>();

function cachedPredictor(key: string, model: SerializedModel): PredictResiduals {
  let predict = cache.get(key);
  if (!predict) {
    predict = loadPredictor(model);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, predict);
  }
  return predict;
}

export async function loadActiveCustomModel(actor: Actor, id: string): Promise<LoadedCustomModel> {
  assertPlanFeature(actor, CUSTOM_MODELS_FEATURE);
  const row = await withTenantReadTx(actor.tenantId, (tx) => getCustomModelOrThrow(tx, actor.tenantId, id));
  if (row.activatedAt === null || row.model === null) {
    throw new AppError("conflict", "The model is not active: activate a model that beats the physics baseline before predicting with it");
  }
  const predict = cachedPredictor(`${row.tenantId}:${row.id}`, row.model as unknown as SerializedModel);
  return { id: row.id, name: row.name, predict, metrics: row.metrics };
}
