import { describe, expect, it } from "vitest";
import { combineSigmas, computeLinearInterval, computeLogInterval, DEFAULT_SIGMAS, resolveSigmas } from "./uncertainty";

describe("uncertainty", () => {
  it("adds independent sigmas in quadrature", () => {
    expect(combineSigmas(0.3, 0.4)).toBeCloseTo(0.5, 12);
  });

  it("puts P10/P90 of a log-normal 1.2816 σ either side of the median", () => {
    // e^(1.28155 · 0.15) = e^0.192233 = 1.211953
    const interval = computeLogInterval(100, 0.15);
    expect(interval.p50).toBe(100);
    expect(interval.p90).toBeCloseTo(121.1953, 3);
    expect(interval.p10).toBeCloseTo(100 / 1.211953, 3);
  });

  it("gives ±3.84 deg for a 3 deg cone sigma, clamped to the range", () => {
    // 1.28155 · 3 = 3.8447
    expect(computeLinearInterval(80, 3, 0.5, 170)).toEqual({
      p10: expect.closeTo(76.1553, 3),
      p50: 80,
      p90: expect.closeTo(83.8447, 3),
    });
    expect(computeLinearInterval(2, 3, 0.5, 170).p10).toBe(0.5);
  });

  it("uses the family's droplet sigma and the defaults until a calibration supplies its own residuals", () => {
    expect(resolveSigmas(undefined, 0.2)).toEqual({ ...DEFAULT_SIGMAS, smdLog: 0.2 });
    expect(resolveSigmas({ smdSigma: 0.08 }, 0.2)).toEqual({ ...DEFAULT_SIGMAS, smdLog: 0.08 });
    expect(resolveSigmas({ flowSigma: 0.02 }, 0.2)).toEqual({ smdLog: 0.2, flowLog: 0.02, coneDeg: DEFAULT_SIGMAS.coneDeg });
  });
});
