// What a residual model sees of one test: the liquid, the pressure, the actuator's geometry and
// spray type, and what the physics predicted there. Pure, shared by training and prediction.

import { type Actuator, SPRAY_TYPES } from "@/lib/prediction/schemas";
import type { Interval } from "@/lib/prediction/uncertainty";
import type { LabResultInput } from "../points";

export type FluidProperties = { viscosityCp: number; densityKgM3: number; surfaceTensionMNm: number };
export type Physics = { dv50Um: number; coneDeg: number; flowMlMin: number };

/** One training row: a test of an actuator with a liquid at a pressure, measured and predicted. */
export interface TrainingRow {
  actuator: Actuator;
  fluid: FluidProperties;
  pressureBar: number;
  measured: { dv50Um: number | null; flowMlMin: number | null; coneDeg: number | null };
  // The uncalibrated prediction at the tested pressure.
  baseline: { dv50Um: Interval; flowMlMin: Interval; coneDeg: Interval };
}

export const QUANTITIES = ["dv50Log", "coneDeg", "flowLog"] as const;
export type Quantity = (typeof QUANTITIES)[number];
export type Residuals = Record<Quantity, number | null>;

/** Log-space features (the physics is a power law in most of them), spray type one-hot. */
export function toFeatures(a: Actuator, fluid: FluidProperties, pressureBar: number, physics: Physics): number[] {
  return [
    Math.log(fluid.viscosityCp),
    Math.log(fluid.densityKgM3 / 1000),
    Math.log(fluid.surfaceTensionMNm / 72.8),
    Math.log(pressureBar / a.refPressureBar),
    Math.log(a.refPressureBar),
    Math.log(a.orificeDiameterMm),
    Math.log(a.refFlowMlMin),
    a.nominalConeDeg / 100,
    Math.log(physics.dv50Um),
    physics.coneDeg / 100,
    ...SPRAY_TYPES.map((t) => (t === a.sprayType ? 1 : 0)),
  ];
}

export function rowFeatures(row: TrainingRow): number[] {
  const physics = { dv50Um: row.baseline.dv50Um.p50, coneDeg: row.baseline.coneDeg.p50, flowMlMin: row.baseline.flowMlMin.p50 };
  return toFeatures(row.actuator, row.fluid, row.pressureBar, physics);
}

const logRatio = (measured: number | null, predicted: number) =>
  measured !== null && measured > 0 && predicted > 0 ? Math.log(measured / predicted) : null;

/** The residual of the physics: log-ratio for Dv50 and flow, degrees for cone. */
export function rowResiduals(row: TrainingRow): Residuals {
  return {
    dv50Log: logRatio(row.measured.dv50Um, row.baseline.dv50Um.p50),
    flowLog: logRatio(row.measured.flowMlMin, row.baseline.flowMlMin.p50),
    coneDeg: row.measured.coneDeg === null ? null : row.measured.coneDeg - row.baseline.coneDeg.p50,
  };
}

/** The row as the calibration estimator's lab result. */
export function toLabResult(row: TrainingRow): LabResultInput {
  return {
    sku: row.actuator.sku,
    supplier: row.actuator.supplier,
    sprayType: row.actuator.sprayType,
    viscosityCp: row.fluid.viscosityCp,
    measured: row.measured,
    predicted: row.baseline,
  };
}
