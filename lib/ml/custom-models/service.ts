// Custom models (spec §7.3, Enterprise): training requested here and run by a job, listed,
// activated when they beat the physics out of sample.

import { and, desc, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { customModels } from "@/db/schema";
import { withTenantReadTx, withTenantTx } from "@/db/tenant";
import { recordAudit } from "@/lib/audit/service";
import { type ActorContext, auditContext } from "@/lib/auth/actor";
import { assertPlanFeature } from "@/lib/billing/plans";
import { getCatalogSnapshot } from "@/lib/catalog/engine-catalog";
import { AppError } from "@/lib/http/errors";
import { enqueueJob } from "@/lib/jobs/outbox";
import type { ModelType } from "./model-types";
import { presentCustomModel } from "./present";
import { listUnknownSkus } from "./rows";
import { MAX_TRAINING_ROWS, type TrainCustomModelInput } from "./schemas";

export const CUSTOM_MODELS_FEATURE = "custom_models";
const MIN_ROWS = 10;

// Seconds per training row, measured on two busy cores with the k-fold runs included (docs/ml.md).
const SECONDS_PER_ROW: Record<ModelType, number> = { calibration: 0.001, random_forest: 0.1, neural_net: 0.025 };

function estimateTrainingSeconds(type: ModelType, rows: number): number {
  return Math.ceil(5 + SECONDS_PER_ROW[type] * rows);
}

async function countFeedbackRows(tx: Tx, tenantId: string): Promise<number> {
  const [row] = await tx.execute<{ n: number }>(sql`select count(*)::int as n from feedback where tenant_id = ${tenantId}`);
  return Math.min(MAX_TRAINING_ROWS, row?.n ?? 0);
}

async function assertTrainable(tx: Tx, tenantId: string, input: TrainCustomModelInput): Promise<number> {
  const data = input.training_data;
  if (data.source === "records") {
    const unknown = listUnknownSkus(data.records, await getCatalogSnapshot());
    if (unknown.length > 0) {
      throw new AppError("validation_failed", `Unknown actuator SKUs: ${unknown.slice(0, 5).join(", ")}`, {
        details: unknown.slice(0, 20).map((sku) => ({ message: "Not a catalog SKU", path: "training_data.records", sku })),
      });
    }
    return data.records.length;
  }
  const rows = await countFeedbackRows(tx, tenantId);
  if (rows < MIN_ROWS) {
    throw new AppError("validation_failed", `A model needs at least ${MIN_ROWS} lab results; the organization has ${rows}`);
  }
  return rows;
}

/** POST /api/ml/custom-models/train: the model row and its job, in one transaction; audited. */
export async function startCustomModelTraining(ctx: ActorContext, input: TrainCustomModelInput) {
  assertPlanFeature(ctx.actor, CUSTOM_MODELS_FEATURE);
  const { tenantId, userId } = ctx.actor;
  return withTenantTx(tenantId, async (tx) => {
    const rows = await assertTrainable(tx, tenantId, input);
    const etaSeconds = estimateTrainingSeconds(input.model_type, rows);
    const [row] = await tx
      .insert(customModels)
      .values({
        tenantId,
        name: input.name,
        modelType: input.model_type,
        trainingSource: input.training_data,
        etaSeconds,
        requestedBy: userId,
      })
      .returning();
    await enqueueJob(tx, "ml.train_custom_model", { tenantId, modelId: row!.id });
    await recordAudit(tx, auditContext(ctx), {
      action: "ml.custom_model.train",
      resourceType: "custom_model",
      resourceId: row!.id,
      changes: { name: input.name, modelType: input.model_type, source: input.training_data.source, rows },
    });
    return { model_id: row!.id, status: "training" as const, eta: new Date(row!.createdAt.getTime() + etaSeconds * 1000) };
  });
}

export async function getCustomModelOrThrow(tx: Tx, tenantId: string, id: string, lock = false) {
  const query = tx
    .select()
    .from(customModels)
    .where(and(eq(customModels.tenantId, tenantId), eq(customModels.id, id)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new AppError("not_found", "Custom model not found");
  return row;
}

/** GET /api/ml/custom-models/:id */
export function getCustomModel(ctx: ActorContext, id: string) {
  const { tenantId } = ctx.actor;
  return withTenantReadTx(tenantId, async (tx) => presentCustomModel(await getCustomModelOrThrow(tx, tenantId, id)));
}

const LIST_LIMIT = 100;

/** GET /api/ml/custom-models: the newest models, and whether the plan includes them. */
export function listCustomModels(ctx: ActorContext) {
  const { tenantId, features } = ctx.actor;
  return withTenantReadTx(tenantId, async (tx) => {
    const rows = await tx
      .select()
      .from(customModels)
      .where(eq(customModels.tenantId, tenantId))
      .orderBy(desc(customModels.createdAt), desc(customModels.id))
      .limit(LIST_LIMIT);
    return { available: features[CUSTOM_MODELS_FEATURE] === true, models: rows.map(presentCustomModel) };
  });
}

function assertActivatable(row: typeof customModels.$inferSelect): void {
  if (row.status === "training") throw new AppError("conflict", "The model is still training");
  if (row.status === "failed") throw new AppError("conflict", "The model failed to train; train a new one");
  if (row.beatsBaseline !== true) {
    const m = row.metrics;
    const figures =
      m?.dv50Log.model != null
        ? ` (out-of-sample Dv50 RMSE ${m.dv50Log.model.toFixed(3)} vs physics ${m.dv50Log.baseline?.toFixed(3)})`
        : "";
    throw new AppError("conflict", `The model does not beat the physics baseline out of sample${figures}, so it cannot be activated`);
  }
}

/** POST /api/ml/custom-models/:id/activate: only a model that beats the physics out of sample; audited. */
export async function activateCustomModel(ctx: ActorContext, id: string) {
  assertPlanFeature(ctx.actor, CUSTOM_MODELS_FEATURE);
  const { tenantId } = ctx.actor;
  return withTenantTx(tenantId, async (tx) => {
    const row = await getCustomModelOrThrow(tx, tenantId, id, true);
    assertActivatable(row);
    if (row.activatedAt) return presentCustomModel(row);
    const [updated] = await tx
      .update(customModels)
      .set({ activatedAt: new Date() })
      .where(and(eq(customModels.tenantId, tenantId), eq(customModels.id, id)))
      .returning();
    await recordAudit(tx, auditContext(ctx), {
      action: "ml.custom_model.activate",
      resourceType: "custom_model",
      resourceId: id,
      changes: { name: row.name },
    });
    return presentCustomModel(updated!);
  });
}
