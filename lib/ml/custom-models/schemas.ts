import { z } from "zod";
import { singleLineTextSchema } from "@/lib/http/text";
import { FLUID_CLASSES } from "@/lib/prediction/calibration";
import { fluidSchema, pressureSchema } from "@/lib/prediction/schemas";
import { MODEL_TYPES } from "./model-types";

/** Rows a model trains on at most: keeps a training job within a couple of minutes. */
export const MAX_TRAINING_ROWS = 1000;

const positive = (label: string, unit: string, max: number) => {
  const message = `${label} must be a positive number of ${unit}, at most ${max.toLocaleString("en-US")}`;
  return z.number({ error: message }).positive({ error: message }).max(max, { error: message }).nullish();
};

// One test sent inline: the catalog SKU, the liquid, the pressure and what was measured.
const trainingRecordSchema = z
  .strictObject({
    actuatorSku: singleLineTextSchema.trim().min(1, "Name the actuator SKU that was tested").max(64),
    pressureBar: pressureSchema,
    fluid: fluidSchema.pick({ viscosityCp: true, densityKgM3: true, surfaceTensionMNm: true }).strict(),
    dv50Um: positive("Dv50", "µm", 10_000),
    flowMlMin: positive("Flow", "ml/min", 1_000_000),
    coneDeg: z
      .number({ error: "Cone angle must be a number of degrees" })
      .min(0)
      .max(180, "Cone angle must be between 0 and 180°")
      .nullish(),
  })
  .refine((r) => r.dv50Um != null || r.flowMlMin != null || r.coneDeg != null, {
    error: "Give at least one of dv50Um, flowMlMin, coneDeg",
  });
export type InlineTrainingRecord = z.infer<typeof trainingRecordSchema>;

// Default: all the organization's own lab results. A filter narrows them; records replace them.
const trainingDataSchema = z.discriminatedUnion(
  "source",
  [
    z.strictObject({
      source: z.literal("feedback"),
      skus: z.array(singleLineTextSchema.trim().min(1).max(64)).min(1).max(500).optional(),
      fluidClasses: z.array(z.enum(FLUID_CLASSES)).min(1).max(FLUID_CLASSES.length).optional(),
      since: z.iso.datetime({ offset: true, error: "since is a date and time such as 2026-01-31T00:00:00Z" }).optional(),
    }),
    z.strictObject({
      source: z.literal("records"),
      records: z
        .array(trainingRecordSchema)
        .min(10, "Send at least 10 records")
        .max(MAX_TRAINING_ROWS, `Send at most ${MAX_TRAINING_ROWS} records`),
    }),
  ],
  { error: 'training_data.source is "feedback" or "records"' },
);
export type TrainingData = z.infer<typeof trainingDataSchema>;

export const trainCustomModelSchema = z.strictObject({
  name: singleLineTextSchema.trim().min(1, "Name the model").max(100, "Use at most 100 characters"),
  model_type: z.enum(MODEL_TYPES, { error: `model_type is one of ${MODEL_TYPES.join(", ")}` }),
  training_data: trainingDataSchema.default({ source: "feedback" }),
});
export type TrainCustomModelInput = z.infer<typeof trainCustomModelSchema>;

export const customModelParamsSchema = z.strictObject({ id: z.uuid({ error: "Not a custom model id" }) });

export const predictWithModelQuerySchema = z.strictObject({ model_id: z.uuid({ error: "model_id is a custom model id" }).optional() });
