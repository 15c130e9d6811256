import { z } from "zod";
import { keysetPageSchema } from "@/lib/http/page-schema";
import { SPRAY_TYPES, SUPPLIERS } from "@/lib/prediction/schemas";

// What the catalog endpoints (actuators, fluids, safety data sheets) answer, as the OpenAPI
// document shows it; the queries and services are typed by these, so the two cannot drift apart.

const catalogActuatorSchema = z.object({
  id: z.uuid(),
  sku: z.string(),
  supplier: z.enum(SUPPLIERS),
  sprayType: z.enum(SPRAY_TYPES),
  orificeDiameterMm: z.number(),
  refFlowMlMin: z.number().meta({ description: "Water flow at refPressureBar" }),
  refPressureBar: z.number(),
  flowExponent: z.number().nullable(),
  nominalConeDeg: z.number(),
  maxPressureBar: z.number(),
  vendorSmdUm: z.number().nullable(),
  rosinRammlerQ: z.number().nullable(),
  materials: z.array(z.string()),
  priceUsd: z.string().nullable().meta({ description: "The supplier's unit price as a decimal string" }),
  stockUnits: z.int(),
  leadDays: z.int().nullable(),
  lastSyncedAt: z.string().nullable().meta({ description: "When the supplier's prices were last synced (a Postgres timestamp)" }),
});

export const actuatorPageSchema = keysetPageSchema(catalogActuatorSchema);

const fluidFiguresSchema = {
  id: z.uuid(),
  name: z.string(),
  viscosityCp: z.number(),
  densityKgM3: z.number(),
  surfaceTensionMNm: z.number(),
  flashPointC: z.number().nullable(),
  temperatureC: z.number().meta({ description: "The temperature the figures are for" }),
  createdAt: z.date(),
};

const libraryFluidSchema = z.object({
  ...fluidFiguresSchema,
  slug: z.string(),
  category: z.string(),
  source: z.string().meta({ description: "Where the figures come from" }),
  updatedAt: z.date(),
});

export const customFluidSchema = z.object({
  ...fluidFiguresSchema,
  tenantId: z.uuid(),
  notes: z.string().nullable(),
  createdByUserId: z.uuid().nullable(),
  archivedAt: z.date().nullable(),
});

export const fluidListSchema = z.object({
  fluids: z.array(libraryFluidSchema),
  customFluids: z.array(customFluidSchema).meta({ description: "The organization's own fluids (none when filtering by category)" }),
});

export const sdsExtractionSchema = z.object({
  filename: z.string(),
  productName: z.string().nullable(),
  section9Found: z.boolean().meta({ description: "False: no section 9 heading was found and the whole text was read" }),
  values: z.array(
    z.object({
      field: z.enum(["densityKgM3", "viscosityCp", "surfaceTensionMNm", "flashPointC"]),
      value: z.number().nullable().meta({ description: "In the fluid's units; null when the sheet says it does not apply" }),
      source: z.string().meta({ description: "The text of the sheet the value was read from" }),
      note: z.string().nullable(),
    }),
  ),
});
