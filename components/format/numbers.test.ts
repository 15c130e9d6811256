import { describe, expect, it } from "vitest";
import { formatShare } from "./numbers";

describe("formatShare", () => {
  it.each([
    [0.123, "12 %"],
    [0.0042, "0.4 %"],
    [0, "0 %"],
    [1, "100 %"],
  ])("shows %d as %s", (value, expected) => {
    expect(formatShare(value)).toBe(expected);
  });

  it("shows a missing value (a ranking stored before the field existed) as a dash", () => {
    expect(formatShare(undefined)).toBe("—");
    expect(formatShare(Number.NaN)).toBe("—");
  });
});
