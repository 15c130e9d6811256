import type { z } from "zod";
import type { configurationSummaries, configurations } from "@/db/schema";
import type { PricedActuator } from "@/lib/catalog/engine-catalog";
import type { PredictionInput } from "@/lib/prediction/schemas";
import type { configurationSchema, configurationSummarySchema } from "./response-schemas";

export type ConfigurationRow = typeof configurations.$inferSelect;
/** The columns a list reads: everything but the ranked actuators themselves. */
export type ConfigurationSummaryRow = typeof configurationSummaries.$inferSelect;

const toNumber = (v: string | null) => (v === null ? null : Number(v));

/** The fields a configuration shows in a list and in full: units in field names, numbers as numbers. */
function presentFields(row: ConfigurationSummaryRow) {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    status: row.status,
    tags: row.tags,
    fluid: {
      fluidId: row.fluidId,
      viscosityCp: Number(row.fluidViscosityCp),
      densityKgM3: Number(row.fluidDensityKgM3),
      surfaceTensionMNm: Number(row.fluidSurfaceTensionMNm),
      flashPointC: row.fluidFlashPointC,
    },
    targets: {
      coneDeg: row.targetSprayConeDeg,
      dropletUm: row.targetDropletSizeUm,
      maxPressureBar: row.maxPressureBar,
      flowMlMin: toNumber(row.targetFlowRateMlMin),
    },
    modelVersion: row.modelVersion,
    version: row.version,
    createdByUserId: row.createdByUserId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    archivedAt: row.archivedAt,
  };
}

/** A configuration in a list: the actuators it ranked only as their count. */
export function presentConfigurationSummary(row: ConfigurationSummaryRow): z.input<typeof configurationSummarySchema> {
  return { ...presentFields(row), actuatorCount: row.actuatorCount };
}

/** The configuration as the API shows it, with the ranked actuators (stored as the engine ranked them). */
export function presentConfiguration(row: ConfigurationRow): Omit<z.input<typeof configurationSchema>, "access"> & {
  compatibleActuators: PricedActuator[];
} {
  return {
    ...presentFields(row),
    // The organization's calibration version the ranking was computed with (null: none).
    calibrationVersion: row.calibrationVersion,
    compatibleActuators: row.compatibleActuators as PricedActuator[],
  };
}

type Maybe = number | null | undefined;
export type EngineFields = {
  fluid: { viscosityCp: number; densityKgM3: number; surfaceTensionMNm: number; flashPointC?: Maybe };
  targets: { coneDeg?: Maybe; dropletUm?: Maybe; maxPressureBar?: Maybe; flowMlMin?: Maybe };
};

export function toEngineInput(c: EngineFields): PredictionInput {
  return {
    fluid: {
      viscosityCp: c.fluid.viscosityCp,
      densityKgM3: c.fluid.densityKgM3,
      surfaceTensionMNm: c.fluid.surfaceTensionMNm,
      flashPointC: c.fluid.flashPointC,
    },
    targets: c.targets,
  };
}
