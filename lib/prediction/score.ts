// Fit to the targets on 0–100. Each target contributes exp(−e²/2), where e is the error in units
// of its tolerance: 100 on target, 61 at the edge of tolerance, 14 at twice the tolerance.
// A smooth score keeps near-misses ranked in order instead of collapsing them to zero.
const SCORE_WEIGHTS = { droplet: 0.6, cone: 0.4 } as const;

// Droplet tolerance is relative (±20 % by default), measured in log space so that
// 20 % too fine and 20 % too coarse weigh about the same.
export function computeDropletError(predictedUm: number, targetUm: number, tolerance: number): number {
  return Math.abs(Math.log(predictedUm / targetUm)) / Math.log(1 + tolerance);
}

export function computeConeError(predictedDeg: number, targetDeg: number, toleranceDeg: number): number {
  return Math.abs(predictedDeg - targetDeg) / toleranceDeg;
}

function computeTargetScore(error: number): number {
  return Math.exp(-0.5 * error * error);
}

// null = no such target; with no droplet or cone target every feasible SKU fits fully.
export function computeFitScore(dropletError: number | null, coneError: number | null): number {
  let weighted = 0;
  let weights = 0;
  if (dropletError !== null) {
    weighted += SCORE_WEIGHTS.droplet * computeTargetScore(dropletError);
    weights += SCORE_WEIGHTS.droplet;
  }
  if (coneError !== null) {
    weighted += SCORE_WEIGHTS.cone * computeTargetScore(coneError);
    weights += SCORE_WEIGHTS.cone;
  }
  return weights === 0 ? 100 : (100 * weighted) / weights;
}
