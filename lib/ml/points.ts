// A lab result as the estimator's point: residuals against the uncalibrated prediction and the
// σ that prediction carried, read back from its stored P10–P50–P90.

import { classifyFluid } from "@/lib/prediction/calibration";
import type { SprayType } from "@/lib/prediction/schemas";
import type { Interval } from "@/lib/prediction/uncertainty";
import type { CalibrationPoint, Residual } from "./calibration-estimator";

const P90_Z = 1.2815515655446004;

export interface LabResultInput {
  sku: string;
  supplier: string;
  sprayType: SprayType;
  viscosityCp: number;
  measured: { dv50Um: number | null; flowMlMin: number | null; coneDeg: number | null };
  // The uncalibrated prediction at the tested pressure.
  predicted: { dv50Um: Interval; flowMlMin: Interval; coneDeg: Interval };
}

function logSigma(i: Interval): number {
  return Math.log(i.p90 / i.p10) / (2 * P90_Z);
}

// The cone interval is clipped at the physical bounds: the wider half is the unclipped σ.
function linearSigma(i: Interval): number {
  return Math.max(i.p90 - i.p50, i.p50 - i.p10) / P90_Z;
}

function logResidual(measured: number | null, predicted: Interval): Residual | undefined {
  if (measured === null || !(measured > 0) || !(predicted.p50 > 0) || !(predicted.p10 > 0)) return undefined;
  return { value: Math.log(measured / predicted.p50), baselineSigma: logSigma(predicted) };
}

export function toCalibrationPoint(r: LabResultInput): CalibrationPoint {
  const point: CalibrationPoint = {
    sku: r.sku,
    fluidClass: classifyFluid(r.viscosityCp),
    supplier: r.supplier,
    sprayType: r.sprayType,
  };
  const droplet = logResidual(r.measured.dv50Um, r.predicted.dv50Um);
  if (droplet) point.droplet = droplet;
  const flow = logResidual(r.measured.flowMlMin, r.predicted.flowMlMin);
  if (flow) point.flow = flow;
  if (r.measured.coneDeg !== null) {
    point.cone = { value: r.measured.coneDeg - r.predicted.coneDeg.p50, baselineSigma: linearSigma(r.predicted.coneDeg) };
  }
  return point;
}
