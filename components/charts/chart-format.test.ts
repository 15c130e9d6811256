import { describe, expect, it } from "vitest";
import { formatDayLong, formatDayShort, listLogTicks } from "./chart-format";

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

describe("day labels", () => {
  it("reads a UTC day as that day, whatever the local time zone", () => {
    expect(formatDayShort("2026-03-07")).toBe("Mar 7");
    expect(formatDayLong("2026-12-31")).toBe("Dec 31, 2026");
  });

  it("leaves anything that is not a day as it is", () => {
    expect(formatDayShort("soon")).toBe("soon");
  });
});
