import { type CalibrationTable, classifyFluid, type FluidClass } from "./calibration";
import { computeConeFluidFactor } from "./cone";
import {
  type Fluid,
  type PredictionInput,
  predictionInputSchema,
  type RankOptions,
  type RankOptionsInput,
  rankOptionsSchema,
  type Targets,
} from "./schemas";
import { convertFluidToSi, convertMlMinToM3s, type FluidSi } from "./units";
import { computeFluidFlags } from "./validity";

export interface EngineOptions extends RankOptionsInput {
  calibration?: CalibrationTable;
}

// Everything that depends only on the request, computed once before the per-SKU loop.
export interface RankContext {
  fluid: Fluid;
  fluidSi: FluidSi;
  fluidClass: FluidClass;
  fluidFlags: number;
  targets: Targets;
  targetFlowM3s: number | null;
  coneFluidFactor: number;
  options: RankOptions;
  calibration: CalibrationTable | undefined;
}

// Throws a ZodError naming the field and its range when an input is outside the domain.
export function createRankContext(input: PredictionInput, options: EngineOptions = {}): RankContext {
  const { fluid, targets } = predictionInputSchema.parse(input);
  const { calibration, ...rest } = options;
  const fluidSi = convertFluidToSi(fluid);
  return {
    fluid,
    fluidSi,
    fluidClass: classifyFluid(fluid.viscosityCp),
    fluidFlags: computeFluidFlags(fluid),
    targets,
    targetFlowM3s: targets.flowMlMin != null ? convertMlMinToM3s(targets.flowMlMin) : null,
    coneFluidFactor: computeConeFluidFactor(fluidSi),
    options: rankOptionsSchema.parse(rest),
    calibration,
  };
}
