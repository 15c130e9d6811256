import { z } from "zod";
import { FLUID_CLASSES } from "@/lib/prediction/calibration";
import { SPRAY_TYPES, SUPPLIERS } from "@/lib/prediction/schemas";

// What the analytics endpoints answer, as the OpenAPI document shows it; the functions that
// build the reports are typed by these, so the two cannot drift apart.

const day = z.iso.date();

const quantitySchema = z.object({
  n: z.int().meta({ description: "Results that measured it" }),
  bias: z.number().nullable().meta({ description: "Mean of measured − predicted (log space for droplet size and flow)" }),
  rmse: z.number().nullable(),
  coverage: z.number().nullable().meta({ description: "Share of measurements inside the predicted P10–P90, 0–1" }),
});

const accuracyFiguresSchema = z.object({
  n: z.int(),
  droplet: quantitySchema,
  cone: quantitySchema,
  flow: quantitySchema,
  matched: z.object({ n: z.int(), share: z.number().nullable() }),
  passed: z.int(),
  failed: z.int(),
});

const groupSchema = accuracyFiguresSchema.extend({ key: z.string().nullable() });

const pointQuantitySchema = z.object({ measured: z.number(), p10: z.number(), p50: z.number(), p90: z.number() }).nullable();

export const accuracyReportSchema = z.object({
  filters: z.object({
    from: day.optional(),
    to: day.optional(),
    sku: z.string().optional(),
    sprayType: z.enum(SPRAY_TYPES).optional(),
    fluidClass: z.enum(FLUID_CLASSES).optional(),
    modelVersion: z.string().optional(),
    bucket: z.enum(["week", "month"]),
  }),
  overall: accuracyFiguresSchema,
  bySku: z.array(groupSchema),
  bySprayType: z.array(groupSchema),
  byFluidClass: z.array(groupSchema),
  byModelVersion: z.array(groupSchema),
  overTime: z.array(groupSchema).meta({ description: "One group per week or month (`bucket`), keyed by its first day" }),
  points: z.array(
    z.object({
      id: z.uuid(),
      configurationId: z.uuid(),
      actuatorSku: z.string(),
      createdAt: z.iso.datetime(),
      droplet: pointQuantitySchema,
      cone: pointQuantitySchema,
      flow: pointQuantitySchema,
    }),
  ),
  pointsCapped: z.boolean().meta({ description: "The scatter holds only the latest results" }),
});

const usageCounts = {
  configurationsCreated: z.int(),
  rankingsRun: z.int(),
  exports: z.int(),
  apiCalls: z.int(),
  activeMembers: z.int(),
  feedbackSubmitted: z.int(),
};

export const usageReportSchema = z.object({
  from: day,
  to: day,
  days: z.array(z.object({ day, ...usageCounts })),
  totals: z.object({
    ...usageCounts,
    feedbackPerConfiguration: z.number().nullable().meta({ description: "Lab results per configuration created in the range" }),
  }),
});

const skuCountSchema = z.object({
  sku: z.string(),
  supplier: z.enum(SUPPLIERS).nullable().meta({ description: "Null when the SKU left the catalog" }),
  sprayType: z.enum(SPRAY_TYPES).nullable(),
  count: z.int(),
});

export const topConfigurationsSchema = z.object({
  filters: z.object({ from: day.optional(), to: day.optional(), limit: z.int() }),
  skus: z.object({
    rankedFirst: z.array(skuCountSchema),
    tested: z.array(skuCountSchema),
    ordered: z.array(skuCountSchema.extend({ orders: z.int() })),
  }),
  fluids: z.array(
    z.object({
      fluidId: z.uuid().nullable().meta({ description: "Null: configurations with their own fluid values" }),
      name: z.string().nullable(),
      count: z.int(),
    }),
  ),
});
