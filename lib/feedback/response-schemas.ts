import { z } from "zod";
import { FEEDBACK_PASS_FAIL } from "@/db/schema/enums";

// What the feedback endpoints answer, as the OpenAPI document shows it; the presenters in
// present.ts and service.ts are typed by these, so the two cannot drift apart.

const intervalSchema = z.object({ p10: z.number(), p50: z.number(), p90: z.number() });

const predictionSchema = z.object({ dv50Um: intervalSchema, coneDeg: intervalSchema, flowMlMin: intervalSchema });

export const feedbackSchema = z.object({
  id: z.uuid(),
  configurationId: z.uuid(),
  procurementId: z.uuid().nullable(),
  userId: z.uuid().nullable().meta({ description: "Who recorded it; null once their account is gone" }),
  actuatorSku: z.string(),
  testConditions: z.object({
    pressureBar: z.number(),
    temperatureC: z.number().nullish(),
    humidityPct: z.number().nullish(),
    batch: z.string().nullish(),
    instrument: z.string().nullish(),
  }),
  measured: z.object({
    coneDeg: z.number().nullable(),
    flowMlMin: z.number().nullable(),
    dv10Um: z.number().nullable(),
    dv50Um: z.number().nullable(),
    dv90Um: z.number().nullable(),
    dropletSizeRangeUm: z.string().nullable(),
    dropletSizeMinUm: z.number().nullable(),
    dropletSizeMaxUm: z.number().nullable(),
  }),
  predicted: predictionSchema.extend({
    modelVersion: z.string(),
    calibrationVersion: z.int().nullable().meta({ description: "The organization's calibration the prediction used; null: none" }),
    baseline: predictionSchema.meta({ description: "The uncalibrated prediction" }),
  }),
  predictionMatched: z.boolean().nullable().meta({ description: "Null when the result measured neither droplet size nor cone angle" }),
  passFail: z.enum(FEEDBACK_PASS_FAIL),
  rating: z.int().nullable(),
  issueDescription: z.string().nullable(),
  confidence: z.number().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  access: z.object({ edit: z.boolean(), delete: z.boolean() }).meta({ description: "What the caller may do with this result" }),
});

export const configurationFeedbackSchema = z.object({
  items: z.array(feedbackSchema),
  aggregates: z
    .array(
      z.object({
        actuatorSku: z.string(),
        totalTests: z.int(),
        passCount: z.int(),
        failCount: z.int(),
        tenantCount: z.int(),
        coneAngleRmse: z.number().nullable(),
        dropletSizeRmse: z.number().nullable(),
        lastUpdated: z.date(),
      }),
    )
    .meta({ description: "Anonymised results of other organizations for the same SKUs and fluid" }),
  access: z.object({ create: z.boolean() }),
});
