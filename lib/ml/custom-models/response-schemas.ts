import { z } from "zod";
import { MODEL_TYPES } from "./model-types";

const rmseSchema = z.object({
  n: z.int(),
  baseline: z.number().nullable().meta({ description: "Out-of-sample RMSE of the physics alone" }),
  model: z.number().nullable().meta({ description: "Out-of-sample RMSE of physics + model" }),
});

export const customModelSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  modelType: z.enum(MODEL_TYPES),
  status: z.enum(["training", "ready", "failed"]),
  progress: z.number().meta({ description: "0 to 1" }),
  source: z.enum(["feedback", "records"]),
  rowCount: z.int().nullable(),
  metrics: z
    .object({ folds: z.int(), rows: z.int(), dv50Log: rmseSchema, coneDeg: rmseSchema, flowLog: rmseSchema })
    .nullable()
    .meta({ description: "k-fold cross-validated RMSE: Dv50 and flow in log space, cone in degrees" }),
  beatsBaseline: z.boolean().nullable(),
  active: z.boolean(),
  activatedAt: z.date().nullable(),
  error: z.string().nullable(),
  eta: z.date(),
  createdAt: z.date(),
  finishedAt: z.date().nullable(),
});

export const customModelListSchema = z.object({
  available: z.boolean().meta({ description: "Whether the plan includes custom models (Enterprise)" }),
  models: z.array(customModelSchema),
});

export const trainCustomModelResponseSchema = z.object({ model_id: z.uuid(), status: z.literal("training"), eta: z.date() });
