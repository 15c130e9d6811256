// The job that trains a custom model: rows are read in one transaction, the k-fold runs and the
// final fit run outside any (they take seconds), progress is written as each fold finishes.

import { and, eq } from "drizzle-orm";
import { customModels } from "@/db/schema";
import { withTenantTx } from "@/db/tenant";
import { getCatalogSnapshot } from "@/lib/catalog/engine-catalog";
import { logger } from "@/lib/http/logger";
import { beatsBaseline, crossValidate } from "./cross-validate";
import type { TrainingRow } from "./features";
import type { ModelType } from "./model-types";
import { loadFeedbackRows, toRecordRows } from "./rows";
import type { TrainingData } from "./schemas";
import { trainModel } from "./train";

const MIN_ROWS = 10;

async function loadRows(tenantId: string, modelId: string) {
  const catalog = await getCatalogSnapshot();
  return withTenantTx(tenantId, async (tx) => {
    const [row] = await tx
      .select()
      .from(customModels)
      .where(and(eq(customModels.tenantId, tenantId), eq(customModels.id, modelId)));
    if (row?.status !== "training") return null;
    const source = row.trainingSource as TrainingData;
    const rows: TrainingRow[] =
      source.source === "records" ? toRecordRows(source.records, catalog) : await loadFeedbackRows(tx, tenantId, source, catalog);
    return { type: row.modelType as ModelType, rows };
  });
}

function update(tenantId: string, modelId: string, values: Partial<typeof customModels.$inferInsert>) {
  return withTenantTx(tenantId, (tx) =>
    tx
      .update(customModels)
      .set(values)
      .where(and(eq(customModels.tenantId, tenantId), eq(customModels.id, modelId), eq(customModels.status, "training"))),
  );
}

/** Trains, cross-validates and stores one model; a model that cannot train is marked failed, not retried. */
export async function trainCustomModel({ tenantId, modelId }: { tenantId: string; modelId: string }): Promise<void> {
  const loaded = await loadRows(tenantId, modelId);
  if (!loaded) return;
  const { type, rows } = loaded;
  if (rows.length < MIN_ROWS) {
    await update(tenantId, modelId, {
      status: "failed",
      error: `Only ${rows.length} usable results: a model needs at least ${MIN_ROWS}`,
      finishedAt: new Date(),
      rowCount: rows.length,
    });
    return;
  }
  try {
    const metrics = await crossValidate(type, rows, (done, folds) =>
      update(tenantId, modelId, { progress: done / (folds + 1) }).then(() => {}),
    );
    const model = await trainModel(type, rows);
    await update(tenantId, modelId, {
      status: "ready",
      progress: 1,
      rowCount: rows.length,
      model,
      metrics,
      beatsBaseline: beatsBaseline(metrics),
      finishedAt: new Date(),
    });
  } catch (error) {
    logger.error({ err: error, tenantId, modelId }, "custom model training failed");
    await update(tenantId, modelId, {
      status: "failed",
      error: "Training failed; try again or with other data",
      finishedAt: new Date(),
      rowCount: rows.length,
    });
  }
}
