import type { Actuator } from "./schemas";
import { convertBarToPa, convertM3sToMlMin, convertMlMinToM3s, convertPaToBar } from "./units";
import { WATER_SI } from "./water";

// Catalog flows are rated with water; √(ρ_w/ρ) carries them to another liquid at equal ΔP
// (Bernoulli: velocity ∝ √(2ΔP/ρ), so volume flow ∝ ρ^-1/2).
const WATER_DENSITY_KG_M3 = WATER_SI.densityKgM3;
const DEFAULT_FLOW_EXPONENT = 0.5;
// Full-cone nozzles carry an internal vane whose losses grow with flow, flattening Q(ΔP).
const FULL_CONE_FLOW_EXPONENT = 0.46;

export const REJECTION_CODES = ["above_actuator_max_pressure", "above_target_max_pressure", "below_min_pressure"] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

export function resolveFlowExponent(a: Pick<Actuator, "flowExponent" | "sprayType">): number {
  if (a.flowExponent != null) return a.flowExponent;
  return a.sprayType === "full_cone" ? FULL_CONE_FLOW_EXPONENT : DEFAULT_FLOW_EXPONENT;
}

// Most SKUs use n = 0.5: square and square root are exact and far cheaper than Math.pow.
function raisePower(base: number, exponent: number): number {
  if (exponent === 0.5) return Math.sqrt(base);
  if (exponent === 2) return base * base;
  return base ** exponent;
}

// Uncalibrated SKUs skip the exponential: this runs for every SKU of every ranking.
function computeCorrectedRefFlowM3s(a: Actuator, logCorrection: number): number {
  const refFlow = convertMlMinToM3s(a.refFlowMlMin);
  return logCorrection === 0 ? refFlow : refFlow * Math.exp(logCorrection);
}

// Q = Q_ref (ΔP/P_ref)^n √(ρ_w/ρ) · e^c, c a log-space calibration correction (0 = none).
export function computeFlowM3s(a: Actuator, pressurePa: number, densityKgM3: number, logCorrection = 0): number {
  const n = resolveFlowExponent(a);
  const refFlow = computeCorrectedRefFlowM3s(a, logCorrection);
  const ratio = pressurePa / convertBarToPa(a.refPressureBar);
  return refFlow * raisePower(ratio, n) * Math.sqrt(WATER_DENSITY_KG_M3 / densityKgM3);
}

// The same law inverted: ΔP = P_ref (Q / (Q_ref √(ρ_w/ρ) e^c))^(1/n).
export function solveRequiredPressurePa(a: Actuator, flowM3s: number, densityKgM3: number, logCorrection = 0): number {
  const n = resolveFlowExponent(a);
  const refFlow = computeCorrectedRefFlowM3s(a, logCorrection);
  const densityFactor = Math.sqrt(WATER_DENSITY_KG_M3 / densityKgM3);
  const flowRatio = flowM3s / (refFlow * densityFactor);
  return convertBarToPa(a.refPressureBar) * raisePower(flowRatio, 1 / n);
}

// Limits are checked in bar so that a limit typed in the catalog is met exactly, not to 1e-12.
export function findPressureRejection(
  requiredPa: number,
  a: Actuator,
  targetMaxBar: number | null | undefined,
  minBar: number,
): RejectionCode | null {
  const bar = convertPaToBar(requiredPa);
  if (bar > a.maxPressureBar) return "above_actuator_max_pressure";
  if (targetMaxBar != null && bar > targetMaxBar) return "above_target_max_pressure";
  if (bar < minBar) return "below_min_pressure";
  return null;
}

export function describeRejection(
  code: RejectionCode,
  requiredBar: number,
  a: Actuator,
  targetMaxBar: number | null | undefined,
  minBar: number,
): string {
  const needs = `needs ${formatBar(requiredBar)} bar`;
  switch (code) {
    case "above_actuator_max_pressure":
      return `${needs}, above the actuator's maximum of ${formatBar(a.maxPressureBar)} bar`;
    case "above_target_max_pressure":
      return `${needs}, above the target maximum of ${formatBar(targetMaxBar ?? 0)} bar`;
    case "below_min_pressure":
      return `${needs}, below the ${formatBar(minBar)} bar a spray needs to form`;
  }
}

function formatBar(bar: number): string {
  return bar >= 100 ? bar.toFixed(0) : bar.toPrecision(3);
}

export interface FlowCurvePoint {
  pressureBar: number;
  flowMlMin: number;
}

// Flow versus pressure for a chart, evenly spaced in pressure.
export function listFlowCurve(a: Actuator, densityKgM3: number, fromBar: number, toBar: number, points = 40): FlowCurvePoint[] {
  const curve: FlowCurvePoint[] = [];
  const count = Math.max(2, Math.floor(points));
  for (let i = 0; i < count; i++) {
    const pressureBar = fromBar + ((toBar - fromBar) * i) / (count - 1);
    const flow = computeFlowM3s(a, convertBarToPa(pressureBar), densityKgM3);
    curve.push({ pressureBar, flowMlMin: convertM3sToMlMin(flow) });
  }
  return curve;
}
