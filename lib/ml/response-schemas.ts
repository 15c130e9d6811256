import { z } from "zod";

// What the calibration endpoints answer, as the OpenAPI document shows it; the calibration
// service is typed by these, so the two cannot drift apart.

const quantityMetricsSchema = z.object({
  n: z.int(),
  rmseBefore: z.number().nullable(),
  rmseAfter: z.number().nullable(),
  coverageBefore: z.number().nullable(),
  coverageAfter: z.number().nullable(),
});

export const calibrationSchema = z.object({
  id: z.uuid(),
  version: z.int(),
  trigger: z.string().meta({ description: "What started it: feedback (new lab results) or manual" }),
  createdAt: z.date(),
  pointCount: z.int().meta({ description: "Lab results it was fitted to" }),
  skuCount: z.int(),
  metrics: z
    .object({ folds: z.int(), droplet: quantityMetricsSchema, flow: quantityMetricsSchema, cone: quantityMetricsSchema })
    .meta({ description: "Out-of-sample accuracy before and after calibrating" }),
  durationMs: z.int(),
});

const factorsSchema = z.object({
  smdLogCorrection: z.number().optional(),
  smdSigma: z.number().optional(),
  flowLogCorrection: z.number().optional(),
  flowSigma: z.number().optional(),
  coneCorrectionDeg: z.number().optional(),
  coneSigmaDeg: z.number().optional(),
});

export const calibrationOverviewSchema = z.object({
  current: calibrationSchema
    .extend({
      factors: z
        .record(
          z.string(),
          z.object({ thin: factorsSchema.optional(), medium: factorsSchema.optional(), viscous: factorsSchema.optional() }),
        )
        .meta({ description: "SKU → fluid class → correction factors" }),
    })
    .nullable(),
  global: z.object({ version: z.int(), createdAt: z.date(), groupCount: z.int() }).nullable(),
  history: z.array(calibrationSchema),
});

const serviceTokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.string()),
  createdBy: z.object({ name: z.string(), email: z.string() }).nullable(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  expiresAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});

export const serviceTokenListSchema = z.object({ items: z.array(serviceTokenSchema) });

export const createdServiceTokenSchema = z.object({
  secret: z.string().meta({ description: "The token itself: shown in this answer only" }),
  token: serviceTokenSchema,
});
