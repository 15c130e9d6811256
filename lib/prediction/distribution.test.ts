import { describe, expect, it } from "vitest";
import { computeRosinRammlerRatios, getRosinRammlerRatios, listVolumeDistribution, resolveRosinRammlerQ } from "./distribution";
import { computeGamma } from "./gamma";

describe("gamma function", () => {
  it.each([
    [0.5, Math.sqrt(Math.PI)],
    [1, 1],
    [2 / 3, 1.3541179394264],
    [5, 24],
    [0.25, 3.6256099082219],
  ])("Γ(%d) = %d", (z, expected) => {
    expect(computeGamma(z)).toBeCloseTo(expected, 10);
  });
});

describe("Rosin–Rammler from SMD", () => {
  it("defaults q to 3 and keeps the catalog value", () => {
    expect(resolveRosinRammlerQ({ rosinRammlerQ: null })).toBe(3);
    expect(resolveRosinRammlerQ({ rosinRammlerQ: 2.4 })).toBe(2.4);
  });

  it("gives the hand-worked diameters for q = 3", () => {
    // X = SMD · Γ(1 − 1/3) = 1.354118 · SMD
    // Dv10 = X · (ln 10/9)^(1/3) = 1.354118 · 0.472309 = 0.639562 · SMD
    // Dv50 = X · (ln 2)^(1/3)    = 1.354118 · 0.885121 = 1.198390 · SMD
    // Dv90 = X · (ln 10)^(1/3)   = 1.354118 · 1.320469 = 1.788113 · SMD
    // span = (1.320469 − 0.472309) / 0.885121 = 0.958412
    const ratios = computeRosinRammlerRatios(3);
    expect(ratios.characteristic).toBeCloseTo(1.354118, 5);
    expect(ratios.dv10).toBeCloseTo(0.639562, 5);
    expect(ratios.dv50).toBeCloseTo(1.19839, 5);
    expect(ratios.dv90).toBeCloseTo(1.788113, 5);
    expect(ratios.span).toBeCloseTo(0.958412, 5);
  });

  it("narrows the span as q grows", () => {
    expect(computeRosinRammlerRatios(2).span).toBeGreaterThan(computeRosinRammlerRatios(3).span);
    expect(computeRosinRammlerRatios(3).span).toBeGreaterThan(computeRosinRammlerRatios(5).span);
  });

  it("caches ratios per q", () => {
    expect(getRosinRammlerRatios(2.7)).toBe(getRosinRammlerRatios(2.7));
    expect(getRosinRammlerRatios(2.7)).toEqual(computeRosinRammlerRatios(2.7));
  });
});

describe("volume distribution curve", () => {
  const curve = listVolumeDistribution(100, 3, 80);

  it("runs from 0.5 % to 99.5 % of the volume, cumulative rising", () => {
    expect(curve).toHaveLength(80);
    expect(curve[0]!.cumulativeVolume).toBeCloseTo(0.005, 9);
    expect(curve[79]!.cumulativeVolume).toBeCloseTo(0.995, 9);
    for (let i = 1; i < curve.length; i++) {
      expect(curve[i]!.diameterUm).toBeGreaterThan(curve[i - 1]!.diameterUm);
      expect(curve[i]!.cumulativeVolume).toBeGreaterThan(curve[i - 1]!.cumulativeVolume);
    }
  });

  it("passes 50 % of the volume at Dv50 = 119.84 µm for SMD 100 µm", () => {
    const below = curve.filter((p) => p.diameterUm < 119.839);
    const above = curve.filter((p) => p.diameterUm > 119.839);
    expect(below.every((p) => p.cumulativeVolume < 0.5)).toBe(true);
    expect(above.every((p) => p.cumulativeVolume > 0.5)).toBe(true);
  });

  it("peaks in dV/dlnD at the characteristic diameter X = 135.4 µm", () => {
    // d/dlnD of 1 − exp(−(D/X)^q) is q·u·e^(−u), u = (D/X)^q, largest at u = 1 (D = X).
    const peak = curve.reduce((best, p) => (p.volumeDensity > best.volumeDensity ? p : best));
    expect(peak.diameterUm).toBeGreaterThan(128);
    expect(peak.diameterUm).toBeLessThan(143);
    expect(peak.volumeDensity).toBeCloseTo(3 / Math.E, 1);
  });
});
