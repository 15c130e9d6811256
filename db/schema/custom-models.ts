import { boolean, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { createdAt, id, tenantId } from "./columns";
import { users } from "./identity";
import { tenants } from "./tenants";

type QuantityRmse = { n: number; baseline: number | null; model: number | null };
/** Out-of-sample (k-fold) RMSE of the model and of the physics alone (lib/ml/custom-models/cross-validate.ts). */
export type CustomModelMetricsJson = { folds: number; rows: number; dv50Log: QuantityRmse; coneDeg: QuantityRmse; flowLog: QuantityRmse };

/**
 * A tenant's own residual model (spec §7.3, Enterprise): trained by a job from its lab results
 * or from records it sent, kept with its out-of-sample accuracy. Only a model that beats the
 * physics out of sample can be activated and used for predictions.
 */
export const customModels = pgTable(
  "custom_models",
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: "cascade" }),
    id: id(),
    name: varchar("name", { length: 100 }).notNull(),
    // "calibration" | "random_forest" | "neural_net" (lib/ml/custom-models/schemas.ts).
    modelType: varchar("model_type", { length: 20 }).$type<"calibration" | "random_forest" | "neural_net">().notNull(),
    // "training" | "ready" | "failed".
    status: varchar("status", { length: 20 }).$type<"training" | "ready" | "failed">().notNull().default("training"),
    progress: real("progress").notNull().default(0),
    // Where the rows come from: the tenant's feedback (with its filter) or records sent inline.
    trainingSource: jsonb("training_source").$type<Record<string, unknown>>().notNull(),
    rowCount: integer("row_count"),
    model: jsonb("model").$type<Record<string, unknown>>(),
    metrics: jsonb("metrics").$type<CustomModelMetricsJson>(),
    beatsBaseline: boolean("beats_baseline"),
    error: text("error"),
    etaSeconds: integer("eta_seconds").notNull(),
    requestedBy: uuid("requested_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    activatedAt: timestamp("activated_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index("custom_models_created_idx").on(t.tenantId, t.createdAt.desc())],
);
