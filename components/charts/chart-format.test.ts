import { describe, expect, it } from "vitest";
import { listLogTicks } from "./chart-format";

describe("log axis ticks", () => {
  it("marks 1, 2 and 5 of each decade within the range", () => {
    expect(listLogTicks(17, 175)).toEqual([20, 50, 100]);
    expect(listLogTicks(0.8, 30)).toEqual([1, 2, 5, 10, 20]);
  });

  it("uses every digit inside a single decade", () => {
    expect(listLogTicks(35, 95)).toEqual([40, 50, 60, 70, 80, 90]);
  });

  it("gives nothing for an empty or non-positive range", () => {
    expect(listLogTicks(0, 10)).toEqual([]);
    expect(listLogTicks(5, 5)).toEqual([]);
  });
});
