// How a lab result is compared with the prediction stored beside it. Pure: the form, the
// service and the tests share it, and drizzle/0023 computes the aggregates the same way.

import type { Interval } from "@/lib/prediction/uncertainty";

export type DropletRange = { minUm: number; maxUm: number };

const RANGE = /^\s*(\d+(?:\.\d+)?)\s*(?:-|–|—|to)\s*(\d+(?:\.\d+)?)\s*(?:µm|um|μm)?\s*$/i;

/** The spec's free droplet range ("50-100", "50–100 µm", "50 to 100") as numbers, or null when it is not one. */
export function parseDropletRange(text: string): DropletRange | null {
  const match = RANGE.exec(text);
  if (!match) return null;
  const minUm = Number(match[1]);
  const maxUm = Number(match[2]);
  if (!(minUm > 0) || maxUm < minUm) return null;
  return { minUm, maxUm };
}

type DropletMeasure = { dv50Um?: number | null; dropletSizeMinUm?: number | null; dropletSizeMaxUm?: number | null };

/**
 * The measured droplet size compared with the predicted Dv50: Dv50 when the lab gave it, else
 * the geometric middle of the measured range (droplet sizes spread on a log scale).
 */
export function getMeasuredDropletUm(m: DropletMeasure): number | null {
  if (m.dv50Um != null) return m.dv50Um;
  if (m.dropletSizeMinUm != null && m.dropletSizeMaxUm != null) return Math.sqrt(m.dropletSizeMinUm * m.dropletSizeMaxUm);
  return null;
}

function isWithin(value: number, interval: Interval): boolean {
  return value >= interval.p10 && value <= interval.p90;
}

/**
 * Did reality match the prediction: every measured quantity (droplet size, cone angle) inside
 * its predicted P10–P90. null when the result measured neither.
 */
export function computePredictionMatched(
  measured: { dropletUm: number | null; coneDeg: number | null },
  predicted: { dv50Um: Interval; coneDeg: Interval },
): boolean | null {
  const checks: boolean[] = [];
  if (measured.dropletUm !== null) checks.push(isWithin(measured.dropletUm, predicted.dv50Um));
  if (measured.coneDeg !== null) checks.push(isWithin(measured.coneDeg, predicted.coneDeg));
  return checks.length === 0 ? null : checks.every(Boolean);
}

/** Root mean square of measured − predicted over the pairs with a measurement; null without any. */
export function computeRmse(pairs: readonly { measured: number | null; predicted: number }[]): number | null {
  const errors = pairs.filter((p) => p.measured !== null).map((p) => (p.measured as number) - p.predicted);
  if (errors.length === 0) return null;
  return Math.sqrt(errors.reduce((sum, e) => sum + e * e, 0) / errors.length);
}
