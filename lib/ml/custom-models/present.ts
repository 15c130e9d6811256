import type { customModels } from "@/db/schema";

type CustomModelRow = typeof customModels.$inferSelect;

/** A model as the API shows it: never its weights or the records it was trained on. */
export function presentCustomModel(row: CustomModelRow) {
  return {
    id: row.id,
    name: row.name,
    modelType: row.modelType,
    status: row.status,
    progress: row.progress,
    source: String(row.trainingSource.source ?? "feedback"),
    rowCount: row.rowCount,
    metrics: row.metrics,
    beatsBaseline: row.beatsBaseline,
    active: row.activatedAt !== null,
    activatedAt: row.activatedAt,
    error: row.error,
    eta: new Date(row.createdAt.getTime() + row.etaSeconds * 1000),
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
  };
}
