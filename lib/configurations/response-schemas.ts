import { z } from "zod";
import { CONFIGURATION_STATUSES, SHARE_PERMISSIONS } from "@/db/schema/enums";
import { pricedActuatorSchema } from "@/lib/prediction/response-schemas";

// What the configuration endpoints answer, as the OpenAPI document shows it; the presenters in
// present.ts are typed by these, so the two cannot drift apart.

const configurationFieldsSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  status: z.enum(CONFIGURATION_STATUSES),
  tags: z.array(z.string()),
  fluid: z.object({
    fluidId: z.uuid().nullable(),
    viscosityCp: z.number(),
    densityKgM3: z.number(),
    surfaceTensionMNm: z.number(),
    flashPointC: z.number().nullable(),
  }),
  targets: z.object({
    coneDeg: z.number().nullable(),
    dropletUm: z.number().nullable(),
    maxPressureBar: z.number().nullable(),
    flowMlMin: z.number().nullable(),
  }),
  modelVersion: z.string().nullable(),
  version: z.int(),
  createdByUserId: z.uuid().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  archivedAt: z.date().nullable(),
});

export const configurationSummarySchema = configurationFieldsSchema.extend({ actuatorCount: z.int() });

export const configurationPageSchema = z.object({
  items: z.array(configurationSummarySchema),
  nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last" }),
});

export const configurationSchema = configurationFieldsSchema.extend({
  calibrationVersion: z
    .int()
    .nullable()
    .meta({ description: "The organization's calibration version the ranking was computed with; null: uncalibrated" }),
  currentCalibrationVersion: z.int().nullable().optional().meta({
    description:
      "The organization's calibration version now (null: none); when it differs from calibrationVersion the ranking is stale. Only on answers for one configuration",
  }),
  compatibleActuators: z.array(pricedActuatorSchema),
  access: z
    .object({ edit: z.boolean(), restore: z.boolean(), duplicate: z.boolean(), share: z.boolean(), archive: z.boolean() })
    .meta({ description: "What the caller may do with this configuration" }),
});

export const configurationShareSchema = z.object({
  configurationId: z.uuid(),
  userId: z.uuid(),
  permission: z.enum(SHARE_PERMISSIONS),
});

export const configurationShareListSchema = z.object({
  shares: z.array(
    z.object({ userId: z.uuid(), name: z.string(), email: z.string(), permission: z.enum(SHARE_PERMISSIONS), sharedAt: z.date() }),
  ),
});

export const configurationVersionListSchema = z.object({
  versions: z.array(
    z.object({
      version: z.int(),
      changes: z.record(z.string(), z.unknown()).meta({ description: "What the edit changed: field → { from, to }" }),
      createdAt: z.date(),
      changedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    }),
  ),
});
