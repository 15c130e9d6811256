import type { CalibrationFactors } from "./calibration";

// P10 and P90 of a normal distribution lie 1.2816 standard deviations from the median.
const P90_Z = 1.2815515655446004;

// Residuals assumed until lab feedback calibrates a SKU × fluid class: ±5 % (1σ, log) on flow,
// ±3 deg on cone angle; droplet size takes its family's default (family-droplet.ts).
export const DEFAULT_SIGMAS = { flowLog: 0.05, coneDeg: 3 } as const;

export interface Interval {
  p10: number;
  p50: number;
  p90: number;
}

export interface Sigmas {
  smdLog: number;
  flowLog: number;
  coneDeg: number;
}

export function resolveSigmas(calibration: CalibrationFactors | undefined, familySmdSigma: number): Sigmas {
  return {
    smdLog: calibration?.smdSigma ?? familySmdSigma,
    flowLog: calibration?.flowSigma ?? DEFAULT_SIGMAS.flowLog,
    coneDeg: calibration?.coneSigmaDeg ?? DEFAULT_SIGMAS.coneDeg,
  };
}

// Independent error sources add in quadrature.
export function combineSigmas(a: number, b: number): number {
  return Math.sqrt(a * a + b * b);
}

// Log-normal: the interval is multiplicative around the median, never below zero.
export function computeLogInterval(median: number, logSigma: number): Interval {
  const factor = Math.exp(P90_Z * logSigma);
  return { p10: median / factor, p50: median, p90: median * factor };
}

export function computeLinearInterval(median: number, sigma: number, min: number, max: number): Interval {
  const half = P90_Z * sigma;
  return {
    p10: Math.max(min, median - half),
    p50: median,
    p90: Math.min(max, median + half),
  };
}
