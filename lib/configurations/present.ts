import type { configurations } from "@/db/schema";
import type { PredictionInput } from "@/lib/prediction/schemas";

export type ConfigurationRow = typeof configurations.$inferSelect;

const toNumber = (v: string | null) => (v === null ? null : Number(v));

/** The configuration as the API shows it: units in field names, numbers as numbers. */
export function presentConfiguration(row: ConfigurationRow) {
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
    compatibleActuators: row.compatibleActuators,
    modelVersion: row.modelVersion,
    version: row.version,
    createdByUserId: row.createdByUserId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    archivedAt: row.archivedAt,
  };
}
export type Configuration = ReturnType<typeof presentConfiguration>;

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
