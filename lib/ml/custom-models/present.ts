import type { z } from "zod";
import type { customModels } from "@/db/schema";
import type { customModelSchema } from "./response-schemas";

type CustomModelRow = typeof customModels.$inferSelect;

/** A model as the API shows it: never its weights or the records it was trained on. */
export function presentCustomModel(row: CustomModelRow): z.input<typeof customModelSchema> {
  return {
    id: row.id,
    name: row.name,
    modelType: row.modelType,
    status: row.status,
    progress: row.progress,
    source: row.trainingSource.source === "records" ? "records" : "feedback",
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
