import { computeGamma } from "./gamma";
import type { Actuator } from "./schemas";

// Rosin–Rammler volume distribution: fraction of liquid volume in drops below D is
//   V(D) = 1 − exp(−(D/X)^q),
// with X the characteristic diameter and q the spread exponent. Its Sauter mean diameter is
// D32 = X / Γ(1 − 1/q) (Lefebvre 1989, ch. 3), which fixes X from the predicted SMD.
export const DEFAULT_ROSIN_RAMMLER_Q = 3;

export function resolveRosinRammlerQ(a: Pick<Actuator, "rosinRammlerQ">): number {
  return a.rosinRammlerQ ?? DEFAULT_ROSIN_RAMMLER_Q;
}

// Diameters as multiples of the SMD; they depend on q only, so they are cached per q.
export interface RosinRammlerRatios {
  q: number;
  characteristic: number;
  dv10: number;
  dv50: number;
  dv90: number;
  span: number;
}

export function computeRosinRammlerRatios(q: number): RosinRammlerRatios {
  const characteristic = computeGamma(1 - 1 / q);
  const dv10 = characteristic * computeQuantileFactor(0.1, q);
  const dv50 = characteristic * computeQuantileFactor(0.5, q);
  const dv90 = characteristic * computeQuantileFactor(0.9, q);
  return { q, characteristic, dv10, dv50, dv90, span: (dv90 - dv10) / dv50 };
}

// D_f / X = (−ln(1 − f))^(1/q): V(D) inverted.
function computeQuantileFactor(fraction: number, q: number): number {
  return (-Math.log(1 - fraction)) ** (1 / q);
}

const ratiosByQ = new Map<number, RosinRammlerRatios>();
const RATIO_CACHE_LIMIT = 256;

export function getRosinRammlerRatios(q: number): RosinRammlerRatios {
  const cached = ratiosByQ.get(q);
  if (cached) return cached;
  if (ratiosByQ.size >= RATIO_CACHE_LIMIT) ratiosByQ.clear();
  const ratios = computeRosinRammlerRatios(q);
  ratiosByQ.set(q, ratios);
  return ratios;
}

// V(D) for the distribution whose SMD is smdUm: the volume share in drops below diameterUm.
export function computeVolumeFractionBelow(diameterUm: number, smdUm: number, q: number): number {
  const x = smdUm * getRosinRammlerRatios(q).characteristic;
  return 1 - Math.exp(-((diameterUm / x) ** q));
}

export interface DistributionPoint {
  diameterUm: number;
  // Volume fraction in drops smaller than diameterUm, 0–1.
  cumulativeVolume: number;
  // dV/d(ln D): the curve to draw on a logarithmic diameter axis.
  volumeDensity: number;
}

// Log-spaced points from Dv0.5 to Dv99.5, enough to draw the whole distribution.
export function listVolumeDistribution(smdUm: number, q: number, points = 60): DistributionPoint[] {
  const x = smdUm * getRosinRammlerRatios(q).characteristic;
  const from = Math.log(x * computeQuantileFactor(0.005, q));
  const to = Math.log(x * computeQuantileFactor(0.995, q));
  const count = Math.max(2, Math.floor(points));
  const curve: DistributionPoint[] = [];
  for (let i = 0; i < count; i++) {
    const diameterUm = Math.exp(from + ((to - from) * i) / (count - 1));
    const reduced = (diameterUm / x) ** q;
    const survival = Math.exp(-reduced);
    curve.push({ diameterUm, cumulativeVolume: 1 - survival, volumeDensity: q * reduced * survival });
  }
  return curve;
}
