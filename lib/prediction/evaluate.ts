import type { CalibrationFactors } from "./calibration";
import { findCalibration } from "./calibration";
import { computeConeDeg, computeConePressureFactor, MAX_CONE_DEG, MIN_CONE_DEG } from "./cone";
import type { RankContext } from "./context";
import { DEFAULT_ROSIN_RAMMLER_Q, getRosinRammlerRatios, type RosinRammlerRatios, resolveRosinRammlerQ } from "./distribution";
import { createSmdEnsemble, type SmdEnsemble } from "./droplet";
import { computeFamilySmd } from "./family-droplet";
import { computeFlowM3s, findPressureRejection, type RejectionCode, solveRequiredPressurePa } from "./flow";
import type { Actuator } from "./schemas";
import { computeConeError, computeDropletError, computeFitScore } from "./score";
import { convertBarToPa, convertMmToM, convertMToUm } from "./units";
import { computeActuatorFlags, computeOhnesorge } from "./validity";

// One SKU at its operating point. Reused across the catalog: the ranking loop allocates nothing.
export interface Evaluation {
  rejection: RejectionCode | null;
  calibration: CalibrationFactors | undefined;
  pressurePa: number;
  flowM3s: number;
  coneDeg: number;
  smd: SmdEnsemble;
  // Ensemble SMD after the calibration correction.
  smdM: number;
  ratios: RosinRammlerRatios;
  dropletError: number | null;
  coneError: number | null;
  score: number;
  ohnesorge: number;
  flags: number;
}

export function createEvaluation(): Evaluation {
  return {
    rejection: null,
    calibration: undefined,
    pressurePa: 0,
    flowM3s: 0,
    coneDeg: 0,
    smd: createSmdEnsemble(),
    smdM: 0,
    ratios: getRosinRammlerRatios(DEFAULT_ROSIN_RAMMLER_Q),
    dropletError: null,
    coneError: null,
    score: 0,
    ohnesorge: 0,
    flags: 0,
  };
}

export function evaluateActuator(ctx: RankContext, a: Actuator, out: Evaluation): Evaluation {
  out.calibration = findCalibration(ctx.calibration, a.sku, ctx.fluidClass);
  const flowCorrection = out.calibration?.flowLogCorrection ?? 0;
  out.pressurePa = resolveOperatingPressurePa(ctx, a, flowCorrection);
  const maxBar = ctx.targets.maxPressureBar;
  out.rejection = findPressureRejection(out.pressurePa, a, maxBar, ctx.options.minPressureBar);
  if (out.rejection !== null) return out;
  return predictAtOperatingPoint(ctx, a, out);
}

// Flow, cone, droplet size, flags and score at a chosen pressure, whether feasible or not.
export function evaluateAtPressure(ctx: RankContext, a: Actuator, pressurePa: number, out: Evaluation): Evaluation {
  out.calibration = findCalibration(ctx.calibration, a.sku, ctx.fluidClass);
  out.rejection = null;
  out.pressurePa = pressurePa;
  return predictAtOperatingPoint(ctx, a, out);
}

// Expects out.calibration and out.pressurePa to belong to this SKU.
function predictAtOperatingPoint(ctx: RankContext, a: Actuator, out: Evaluation): Evaluation {
  const flowCorrection = out.calibration?.flowLogCorrection ?? 0;
  out.flowM3s = computeFlowM3s(a, out.pressurePa, ctx.fluidSi.densityKgM3, flowCorrection);
  predictSpray(ctx, a, out);
  scoreEvaluation(ctx, out);
  return out;
}

// With a flow target the SKU runs at the pressure that delivers it; without one it runs at its
// rating pressure, lowered to the target or actuator maximum when those are below it.
function resolveOperatingPressurePa(ctx: RankContext, a: Actuator, flowCorrection: number): number {
  if (ctx.targetFlowM3s !== null) {
    return solveRequiredPressurePa(a, ctx.targetFlowM3s, ctx.fluidSi.densityKgM3, flowCorrection);
  }
  const cap = Math.min(a.maxPressureBar, ctx.targets.maxPressureBar ?? Infinity);
  return convertBarToPa(Math.min(a.refPressureBar, cap));
}

function predictSpray(ctx: RankContext, a: Actuator, out: Evaluation): void {
  const pressureFactor = computeConePressureFactor(out.pressurePa, convertBarToPa(a.refPressureBar));
  out.coneDeg = computeConeDeg(a.nominalConeDeg, ctx.coneFluidFactor, pressureFactor);
  const coneCorrection = out.calibration?.coneCorrectionDeg;
  if (coneCorrection !== undefined) {
    out.coneDeg = Math.min(MAX_CONE_DEG, Math.max(MIN_CONE_DEG, out.coneDeg + coneCorrection));
  }
  computeFamilySmd(a, ctx.fluidSi, out.pressurePa, out.flowM3s, out.coneDeg, out.smd);
  const smdCorrection = out.calibration?.smdLogCorrection;
  out.smdM = smdCorrection === undefined ? out.smd.smdM : out.smd.smdM * Math.exp(smdCorrection);
  const q = resolveRosinRammlerQ(a);
  if (out.ratios.q !== q) out.ratios = getRosinRammlerRatios(q);
  out.ohnesorge = computeOhnesorge(ctx.fluidSi, convertMmToM(a.orificeDiameterMm));
  const propellant = ctx.fluid.propellant;
  const rangeExceeded = out.smd.outsideRange;
  out.flags = ctx.fluidFlags | computeActuatorFlags(a.sprayType, propellant, out.ohnesorge, out.pressurePa, rangeExceeded);
}

// The droplet target is compared with Dv50 unless the request asks for SMD.
function computePredictedDropletUm(ctx: RankContext, out: Evaluation): number {
  const smdUm = convertMToUm(out.smdM);
  return ctx.targets.dropletMeasure === "smd" ? smdUm : smdUm * out.ratios.dv50;
}

function scoreEvaluation(ctx: RankContext, out: Evaluation): void {
  const { dropletUm, coneDeg } = ctx.targets;
  const { dropletTolerance, coneToleranceDeg } = ctx.options;
  out.dropletError = dropletUm != null ? computeDropletError(computePredictedDropletUm(ctx, out), dropletUm, dropletTolerance) : null;
  out.coneError = coneDeg != null ? computeConeError(out.coneDeg, coneDeg, coneToleranceDeg) : null;
  out.score = computeFitScore(out.dropletError, out.coneError);
}
