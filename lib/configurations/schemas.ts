import { z } from "zod";
import { CONFIGURATION_STATUSES } from "@/db/schema/enums";
import { multiLineTextSchema, singleLineTextSchema } from "@/lib/http/text";
import { fluidSchema, formatWithUnit, targetsSchema } from "@/lib/prediction/schemas";

export const predictRequestSchema = z.strictObject({
  fluid: fluidSchema.strict(),
  targets: targetsSchema.strict().prefault({}),
  topN: z.int().min(1).max(200).default(20),
});
export type PredictRequest = z.infer<typeof predictRequestSchema>;

export type { ConfigurationStatus } from "@/db/schema/enums";
export { CONFIGURATION_STATUSES };

// Stored as spec §2.1 columns: cone, droplet, pressure and flash point are whole numbers, so
// one message names both rules (whole, and in range) with the unit.
function wholeNumber(label: string, unit: string, min: number, max: number) {
  const message = `${label} must be a whole number from ${formatWithUnit(min, unit)} to ${formatWithUnit(max, unit)}`;
  return z.int({ error: message }).min(min, { error: message }).max(max, { error: message });
}

const configurationFluidSchema = z.strictObject({
  fluidId: z.uuid("fluidId must be a library fluid id").nullish(),
  viscosityCp: fluidSchema.shape.viscosityCp,
  densityKgM3: fluidSchema.shape.densityKgM3,
  surfaceTensionMNm: fluidSchema.shape.surfaceTensionMNm,
  flashPointC: wholeNumber("Flash point", "°C", -50, 400).nullish(),
});

const configurationTargetsSchema = z.strictObject({
  coneDeg: wholeNumber("Target cone angle", "°", 5, 170).nullish(),
  dropletUm: wholeNumber("Target droplet size", "µm", 1, 2000).nullish(),
  maxPressureBar: wholeNumber("Maximum pressure", "bar", 1, 400).nullish(),
  flowMlMin: targetsSchema.shape.flowMlMin,
});

const tagSchema = singleLineTextSchema.trim().toLowerCase().min(1).max(50);

const fields = {
  name: singleLineTextSchema.trim().min(1, "Give the configuration a name").max(255),
  description: multiLineTextSchema.trim().max(5000).nullish(),
  fluid: configurationFluidSchema,
  targets: configurationTargetsSchema.prefault({}),
  tags: z.array(tagSchema).max(20, "At most 20 tags").default([]),
  status: z.enum(CONFIGURATION_STATUSES).default("draft"),
};

export const createConfigurationSchema = z.strictObject(fields);
export type CreateConfigurationInput = z.infer<typeof createConfigurationSchema>;

export const updateConfigurationSchema = z
  .strictObject({
    name: fields.name.optional(),
    description: fields.description,
    fluid: configurationFluidSchema.optional(),
    targets: configurationTargetsSchema.optional(),
    tags: z.array(tagSchema).max(20, "At most 20 tags").optional(),
    status: z.enum(CONFIGURATION_STATUSES).optional(),
    // Rank again with the same inputs (after the model or the calibration changed).
    rerun: z.literal(true, { error: "rerun can only be true" }).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: "Send at least one field to change" });
export type UpdateConfigurationInput = z.infer<typeof updateConfigurationSchema>;

const CONFIGURATION_SORTS = ["newest", "oldest", "updated", "name"] as const;
export type ConfigurationSort = (typeof CONFIGURATION_SORTS)[number];

export const listConfigurationsSchema = z.strictObject({
  q: singleLineTextSchema.trim().max(100).optional(),
  tag: singleLineTextSchema.trim().toLowerCase().max(50).optional(),
  status: z.enum(CONFIGURATION_STATUSES).optional(),
  archived: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .default(false),
  sort: z.enum(CONFIGURATION_SORTS, { error: `sort must be one of ${CONFIGURATION_SORTS.join(", ")}` }).default("newest"),
  cursor: singleLineTextSchema.max(400).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type ListConfigurationsInput = z.infer<typeof listConfigurationsSchema>;

export const configurationIdParamsSchema = z.strictObject({ id: z.uuid() });

export const shareConfigurationSchema = z.strictObject({
  userId: z.uuid("userId must be a member's user id"),
  permission: z.enum(["view", "edit"]).default("view"),
});
export type ShareConfigurationInput = z.infer<typeof shareConfigurationSchema>;

export const shareParamsSchema = z.strictObject({ id: z.uuid(), user_id: z.uuid() });

export const versionParamsSchema = z.strictObject({ id: z.uuid(), version: z.coerce.number().int().min(1) });
