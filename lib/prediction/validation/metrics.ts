import type { Interval } from "../uncertainty";

export interface ScoredPoint {
  measuredUm: number;
  predicted: Interval;
}

export interface AccuracyMetrics {
  n: number;
  // Share of points whose predicted Dv50 is within ±30 % of the measurement, 0–1.
  within30: number;
  // √ mean (ln predicted/measured)²: 0.26 ≈ a typical factor of 1.3.
  rmsLogError: number;
  // Geometric-mean ratio predicted/measured − 1: −0.4 means 40 % too fine on average.
  bias: number;
  // Share of points whose measurement lies inside the predicted P10–P90, 0–1.
  coverage: number;
}

export function computeLogResidual(p: ScoredPoint): number {
  return Math.log(p.predicted.p50 / p.measuredUm);
}

export function computeAccuracyMetrics(points: readonly ScoredPoint[]): AccuracyMetrics {
  const n = points.length;
  if (n === 0) return { n, within30: Number.NaN, rmsLogError: Number.NaN, bias: Number.NaN, coverage: Number.NaN };
  let within = 0;
  let covered = 0;
  let sumLog = 0;
  let sumSquares = 0;
  for (const p of points) {
    const residual = computeLogResidual(p);
    if (Math.abs(p.predicted.p50 / p.measuredUm - 1) <= 0.3) within++;
    if (p.measuredUm >= p.predicted.p10 && p.measuredUm <= p.predicted.p90) covered++;
    sumLog += residual;
    sumSquares += residual * residual;
  }
  return { n, within30: within / n, rmsLogError: Math.sqrt(sumSquares / n), bias: Math.exp(sumLog / n) - 1, coverage: covered / n };
}
