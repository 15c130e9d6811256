import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyBps, centsToDecimal, decimalToCents } from "./money";

describe("money", () => {
  it.each([
    [0, "0.00"],
    [5, "0.05"],
    [50_000, "500.00"],
    [-1_999, "-19.99"],
  ])("writes %i cents as %s", (cents, decimal) => {
    expect(centsToDecimal(cents)).toBe(decimal);
    expect(decimalToCents(decimal)).toBe(cents);
  });

  it("reads Postgres numerics with any scale", () => {
    expect(decimalToCents("12")).toBe(1_200);
    expect(decimalToCents("12.5")).toBe(1_250);
    expect(decimalToCents(null)).toBe(0);
  });

  it("refuses what is not an amount", () => {
    expect(() => decimalToCents("12,50")).toThrow(RangeError);
    expect(() => centsToDecimal(1.5)).toThrow(RangeError);
  });

  it("round-trips every amount a numeric(12,2) can hold", () => {
    fc.assert(
      fc.property(fc.integer({ min: -99_999_999_999, max: 99_999_999_999 }), (cents) => {
        expect(decimalToCents(centsToDecimal(cents))).toBe(cents);
      }),
    );
  });

  it("takes basis points rounding half up to the cent", () => {
    expect(applyBps(1_005, 1_500)).toBe(151);
    expect(applyBps(200_000, 2_000)).toBe(40_000);
    expect(applyBps(1, 5_000)).toBe(1);
  });
});
