import { z } from "zod";
import { multiLineTextSchema, singleLineTextSchema } from "@/lib/http/text";
import { fluidSchema, SPRAY_TYPES, SUPPLIERS } from "@/lib/prediction/schemas";

const positive = (label: string) => z.coerce.number({ error: `${label} must be a number` }).positive(`${label} must be positive`);

export const listActuatorsSchema = z.strictObject({
  q: singleLineTextSchema.trim().max(64).optional(),
  supplier: z.enum(SUPPLIERS, { error: "supplier is spencer or coster" }).optional(),
  sprayType: z.enum(SPRAY_TYPES, { error: `sprayType is one of ${SPRAY_TYPES.join(", ")}` }).optional(),
  orificeMinMm: positive("orificeMinMm").optional(),
  orificeMaxMm: positive("orificeMaxMm").optional(),
  minPressureBar: positive("minPressureBar").optional(),
  maxPriceUsd: positive("maxPriceUsd").optional(),
  inStock: z
    .enum(["true", "false"], { error: "inStock is true or false" })
    .transform((v) => v === "true")
    .optional(),
  cursor: singleLineTextSchema.max(400).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListActuatorsInput = z.infer<typeof listActuatorsSchema>;

export const FLUID_CATEGORIES = ["aqueous", "solvent", "glycol", "oil", "fuel", "coating", "disinfectant", "pharma"] as const;
export type FluidCategory = (typeof FLUID_CATEGORIES)[number];

export const listFluidsSchema = z.strictObject({
  q: singleLineTextSchema.trim().max(100).optional(),
  category: z.enum(FLUID_CATEGORIES, { error: `category is one of ${FLUID_CATEGORIES.join(", ")}` }).optional(),
});
export type ListFluidsInput = z.infer<typeof listFluidsSchema>;

export const createCustomFluidSchema = z.strictObject({
  name: singleLineTextSchema.trim().min(1, "Name the fluid").max(200),
  viscosityCp: fluidSchema.shape.viscosityCp,
  densityKgM3: fluidSchema.shape.densityKgM3,
  surfaceTensionMNm: fluidSchema.shape.surfaceTensionMNm,
  flashPointC: fluidSchema.shape.flashPointC,
  temperatureC: z.number().min(-40).max(200).default(20),
  notes: multiLineTextSchema.trim().max(2000).nullish(),
});
export type CreateCustomFluidInput = z.infer<typeof createCustomFluidSchema>;

export const fluidIdParamsSchema = z.strictObject({ id: z.uuid() });
