import { z } from "zod";
import { FEEDBACK_PASS_FAIL } from "@/db/schema/enums";
import { multiLineTextSchema, singleLineTextSchema } from "@/lib/http/text";
import { pressureSchema } from "@/lib/prediction/schemas";
import { parseDropletRange } from "./accuracy";

function measured(label: string, unit: string, max: number) {
  const message = `${label} must be a positive number of ${unit}, at most ${max.toLocaleString("en-US")}`;
  return z.number({ error: message }).positive({ error: message }).max(max, { error: message }).nullish();
}

const testConditionsSchema = z.strictObject({
  pressureBar: pressureSchema,
  temperatureC: z
    .number()
    .min(-50, "Temperature must be between -50 and 400 °C")
    .max(400, "Temperature must be between -50 and 400 °C")
    .nullish(),
  humidityPct: z.number().min(0, "Humidity must be between 0 and 100 %").max(100, "Humidity must be between 0 and 100 %").nullish(),
  batch: singleLineTextSchema.trim().max(100).nullish(),
  instrument: singleLineTextSchema.trim().max(200).nullish(),
});

const measurementFields = {
  procurementId: z.uuid("procurementId must be an order id").nullish(),
  actuatorSku: singleLineTextSchema.trim().min(1, "Choose the actuator that was tested").max(64),
  testConditions: testConditionsSchema,
  sprayConeAngleActual: z
    .number({ error: "Cone angle must be a number of degrees" })
    .min(0, "Cone angle must be between 0 and 180°")
    .max(180, "Cone angle must be between 0 and 180°")
    .nullish(),
  flowRateActualMlMin: measured("Flow", "ml/min", 1_000_000),
  dv10Um: measured("Dv10", "µm", 10_000),
  dv50Um: measured("Dv50", "µm", 10_000),
  dv90Um: measured("Dv90", "µm", 10_000),
  dropletSizeRangeUm: singleLineTextSchema.trim().max(50).nullish(),
  passFail: z.enum(FEEDBACK_PASS_FAIL).default("unknown"),
  rating: z
    .int("Rating must be a whole number from 1 to 5")
    .min(1, "Rating must be from 1 to 5")
    .max(5, "Rating must be from 1 to 5")
    .nullish(),
  issueDescription: multiLineTextSchema.trim().max(5000).nullish(),
  confidence: z.number().min(0, "Confidence must be between 0 and 1").max(1, "Confidence must be between 0 and 1").nullish(),
};

type Measurements = { dv10Um?: number | null; dv50Um?: number | null; dv90Um?: number | null; dropletSizeRangeUm?: string | null };

// Impossible distributions are the client's mistake: percentiles rise, and a range is "min-max".
function checkMeasurements(m: Measurements, ctx: z.RefinementCtx) {
  const ordered = [m.dv10Um, m.dv50Um, m.dv90Um];
  for (let i = 0; i < ordered.length; i++) {
    for (let j = i + 1; j < ordered.length; j++) {
      const [low, high] = [ordered[i], ordered[j]];
      if (low != null && high != null && high < low) {
        ctx.addIssue({
          code: "custom",
          path: [["dv10Um", "dv50Um", "dv90Um"][j]!],
          message: "Dv10 ≤ Dv50 ≤ Dv90: a larger percentile cannot be smaller",
        });
      }
    }
  }
  if (m.dropletSizeRangeUm && !parseDropletRange(m.dropletSizeRangeUm)) {
    ctx.addIssue({ code: "custom", path: ["dropletSizeRangeUm"], message: 'Write the droplet range as "min-max" in µm, e.g. "50-100"' });
  }
}

export const createFeedbackSchema = z
  .strictObject({ configurationId: z.uuid("configurationId must be a configuration id"), ...measurementFields })
  .superRefine(checkMeasurements);
export type CreateFeedbackInput = z.infer<typeof createFeedbackSchema>;

/** A PUT replaces the result's measurements; the configuration it belongs to does not change. */
export const updateFeedbackSchema = z.strictObject(measurementFields).superRefine(checkMeasurements);
export type UpdateFeedbackInput = z.infer<typeof updateFeedbackSchema>;

export const feedbackIdParamsSchema = z.strictObject({ id: z.uuid() });
