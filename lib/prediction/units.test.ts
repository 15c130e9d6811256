import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  convertBarToPa,
  convertCpToPaS,
  convertDegToRad,
  convertFluidToSi,
  convertM3sToMlMin,
  convertMlMinToM3s,
  convertMmToM,
  convertMNmToNm,
  convertMToMm,
  convertMToUm,
  convertNmToMNm,
  convertPaSToCp,
  convertPaToBar,
  convertRadToDeg,
  convertUmToM,
} from "./units";

// [name, to SI, back, user value, SI value]
const CONVERSIONS: [string, (x: number) => number, (x: number) => number, number, number][] = [
  ["cP → Pa·s", convertCpToPaS, convertPaSToCp, 1, 1e-3],
  ["mN/m → N/m", convertMNmToNm, convertNmToMNm, 72.8, 0.0728],
  ["bar → Pa", convertBarToPa, convertPaToBar, 3, 3e5],
  // 60 ml/min = 1 ml/s = 1e-6 m³/s
  ["ml/min → m³/s", convertMlMinToM3s, convertM3sToMlMin, 60, 1e-6],
  ["µm → m", convertUmToM, convertMToUm, 100, 1e-4],
  ["mm → m", convertMmToM, convertMToMm, 0.5, 5e-4],
  ["deg → rad", convertDegToRad, convertRadToDeg, 180, Math.PI],
];

describe("unit conversions", () => {
  it.each(CONVERSIONS)("%s converts a known value", (_name, toSi, fromSi, user, si) => {
    expect(toSi(user)).toBeCloseTo(si, 12);
    expect(fromSi(si)).toBeCloseTo(user, 9);
  });

  it.each(CONVERSIONS)("%s round-trips any positive value", (_name, toSi, fromSi) => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e9, noNaN: true }), (value) => {
        expect(fromSi(toSi(value))).toBeCloseTo(value, 6);
        expect(Math.abs(fromSi(toSi(value)) - value) / value).toBeLessThan(1e-12);
      }),
    );
  });

  it("converts a fluid to SI, density unchanged", () => {
    const si = convertFluidToSi({ viscosityCp: 12, densityKgM3: 1150, surfaceTensionMNm: 40 });
    expect(si).toEqual({ viscosityPaS: 0.012, densityKgM3: 1150, surfaceTensionNm: 0.04 });
  });
});
