import type { SprayType } from "../schemas";
import { computeLogResidual } from "./metrics";
import type { ScoredValidationPoint } from "./report";

export interface FamilyFit {
  n: number;
  // Median ln(pred/meas) on the fit split: subtract it from the family's logCorrection. The
  // median, not the mean, so one nozzle in an odd regime does not set the level of all others.
  medianLogResidual: number;
  // Default σ of ln SMD beyond the ensemble spread, so that √(spread² + σ²) matches the
  // scatter of the fit residuals around that level: σ² = mean(r − r̃)² − mean(spread²).
  smdSigma: number;
}

function computeMedian(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

// Uses the "fit" split only; the held-out points never reach a fitted constant.
export function fitFamily(rows: readonly ScoredValidationPoint[], sprayType: SprayType): FamilyFit | null {
  const fit = rows.filter((r) => r.point.split === "fit" && r.point.nozzle.sprayType === sprayType);
  if (fit.length === 0) return null;
  const residuals = fit.map(computeLogResidual);
  const median = computeMedian(residuals);
  const scatter = residuals.reduce((sum, r) => sum + (r - median) ** 2, 0) / fit.length;
  const spread = fit.reduce((sum, r) => sum + r.logSpread ** 2, 0) / fit.length;
  return { n: fit.length, medianLogResidual: median, smdSigma: Math.sqrt(Math.max(0, scatter - spread)) };
}
