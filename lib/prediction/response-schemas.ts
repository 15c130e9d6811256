import { z } from "zod";
import { FLUID_CLASSES } from "./calibration";
import { REJECTION_CODES } from "./flow";
import { SPRAY_TYPES, SUPPLIERS } from "./schemas";
import { VALIDITY_FLAGS } from "./validity";

// What the engine answers for one actuator, as the API documents it. The interface in
// ranked-actuator.ts is the engine's; a test holds the two together.

const intervalSchema = z
  .object({ p10: z.number(), p50: z.number(), p90: z.number() })
  .meta({ description: "The median prediction and its 80% interval (P10–P90)" });

const dropletClassSchema = z.object({ scheme: z.string(), label: z.string() });

// Fields added with model 2026.12-2: rankings stored by earlier models do not have them.
const sinceV2 = <T extends z.ZodType>(schema: T) =>
  schema.optional().meta({ description: "Absent on rankings stored before model 2026.12-2" });

export const rankedActuatorSchema = z.object({
  sku: z.string(),
  supplier: z.enum(SUPPLIERS),
  sprayType: z.enum(SPRAY_TYPES),
  score: z.number().min(0).max(100),
  withinTolerance: z.object({ droplet: z.boolean().nullable(), cone: z.boolean().nullable() }),
  requiredPressureBar: intervalSchema,
  flowMlMin: intervalSchema,
  smdUm: intervalSchema,
  dv10Um: intervalSchema,
  dv50Um: intervalSchema,
  dv90Um: intervalSchema,
  span: z.number().meta({ description: "Relative span (Dv90 − Dv10) / Dv50" }),
  rosinRammlerQ: z.number(),
  volumeFractionBelow: sinceV2(z.object({ um100: z.number(), um150: z.number(), um200: z.number() })),
  dropletClass: sinceV2(z.object({ absolute: dropletClassSchema, asabe: dropletClassSchema.nullable() })),
  coneDeg: intervalSchema,
  dropletCorrelation: sinceV2(z.enum(["pressure_swirl_ensemble", "fan_spray_1989", "rayleigh_jet"])),
  smdMembersUm: z.record(z.string(), z.number()),
  anchoredToVendor: z.boolean(),
  calibrated: z.boolean(),
  ohnesorge: z.number(),
  flags: z.array(z.enum(VALIDITY_FLAGS)),
});

/** A ranked actuator with the supplier's price (decimal string, USD), stock and lead time. */
export const pricedActuatorSchema = rankedActuatorSchema.extend({
  priceUsd: z.string().nullable().optional(),
  stockUnits: z.number().int().optional(),
  leadDays: z.number().int().nullable().optional(),
});

/** A ranking of the catalog for one fluid and its targets, best first. */
export const predictionSchema = z.object({
  modelVersion: z.string(),
  evaluatedCount: z.int(),
  feasibleCount: z.int(),
  fluidClass: z.enum(FLUID_CLASSES),
  fluidFlags: z.array(z.enum(VALIDITY_FLAGS)).meta({ description: "Flags that hold for every actuator: they come from the fluid" }),
  ranked: z.array(pricedActuatorSchema),
  rejected: z.object({
    total: z.int(),
    byReason: z.record(z.enum(REJECTION_CODES), z.int()),
    items: z
      .array(z.object({ sku: z.string(), reason: z.enum(REJECTION_CODES), message: z.string(), requiredPressureBar: z.number() }))
      .meta({ description: "The first rejected actuators in catalog order, with why" }),
  }),
  calibrationVersion: z.int().nullable().meta({ description: "The organization's calibration the ranking used; null: uncalibrated" }),
  customModelId: z
    .uuid()
    .nullable()
    .optional()
    .meta({ description: "The custom model whose residuals corrected the physics (?model_id=)" }),
  catalogLoadedAt: z.date(),
});
