import { describe, expect, it } from "vitest";
import { computeConeError, computeDropletError, computeFitScore } from "./score";

describe("fit score", () => {
  it("is 100 on target and 100 when there is nothing to match", () => {
    expect(computeFitScore(0, 0)).toBe(100);
    expect(computeFitScore(null, null)).toBe(100);
  });

  it("measures droplet error in log space against a ±20 % tolerance", () => {
    // |ln(120/100)| / ln 1.2 = 1: exactly at the tolerance edge
    expect(computeDropletError(120, 100, 0.2)).toBeCloseTo(1, 12);
    // |ln(100/120)| / ln 1.2 = 1 as well: too fine and too coarse weigh the same
    expect(computeDropletError(100, 120, 0.2)).toBeCloseTo(1, 12);
  });

  it("measures cone error in degrees against a ±10 deg tolerance", () => {
    expect(computeConeError(75, 80, 10)).toBe(0.5);
  });

  it("gives 60.7 at the edge of the only tolerance", () => {
    // 100 · e^(−1/2) = 60.65
    expect(computeFitScore(1, null)).toBeCloseTo(60.65, 2);
    expect(computeFitScore(null, 1)).toBeCloseTo(60.65, 2);
  });

  it("weights droplet 0.6 and cone 0.4", () => {
    // droplet on target (1.0), cone at the edge (0.60653): 100 · (0.6 + 0.4 · 0.60653) = 84.26
    expect(computeFitScore(0, 1)).toBeCloseTo(84.26, 2);
    // and the other way round: 100 · (0.6 · 0.60653 + 0.4) = 76.39
    expect(computeFitScore(1, 0)).toBeCloseTo(76.39, 2);
  });

  it("falls as the error grows", () => {
    expect(computeFitScore(2, null)).toBeLessThan(computeFitScore(1.5, null));
    expect(computeFitScore(2, null)).toBeCloseTo(13.53, 2);
  });
});
