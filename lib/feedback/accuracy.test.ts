import { describe, expect, it } from "vitest";
import { computePredictionMatched, computeRmse, getMeasuredDropletUm, parseDropletRange } from "./accuracy";

describe("droplet range parsing", () => {
  it.each([
    ["50-100", { minUm: 50, maxUm: 100 }],
    [" 50 – 100 µm ", { minUm: 50, maxUm: 100 }],
    ["12.5 to 40um", { minUm: 12.5, maxUm: 40 }],
    ["80-80", { minUm: 80, maxUm: 80 }],
  ])("reads %j", (text, expected) => {
    expect(parseDropletRange(text)).toEqual(expected);
  });

  it.each(["", "100-50", "0-10", "fifty", "50", "50-", "-50-100", "50-100-150"])("refuses %j", (text) => {
    expect(parseDropletRange(text)).toBeNull();
  });
});

describe("measured droplet size", () => {
  it("is Dv50 when measured, else the geometric middle of the range, else unknown", () => {
    expect(getMeasuredDropletUm({ dv50Um: 70, dropletSizeMinUm: 50, dropletSizeMaxUm: 200 })).toBe(70);
    expect(getMeasuredDropletUm({ dropletSizeMinUm: 50, dropletSizeMaxUm: 200 })).toBe(100);
    expect(getMeasuredDropletUm({})).toBeNull();
  });
});

describe("prediction matched", () => {
  const predicted = { dv50Um: { p10: 40, p50: 60, p90: 90 }, coneDeg: { p10: 55, p50: 60, p90: 65 } };
  it.each([
    [{ dropletUm: 60, coneDeg: 60 }, true],
    [{ dropletUm: 40, coneDeg: 65 }, true],
    [{ dropletUm: 95, coneDeg: 60 }, false],
    [{ dropletUm: 60, coneDeg: 70 }, false],
    [{ dropletUm: 60, coneDeg: null }, true],
    [{ dropletUm: null, coneDeg: 50 }, false],
    [{ dropletUm: null, coneDeg: null }, null],
  ])("%j → %s", (measured, expected) => {
    expect(computePredictionMatched(measured, predicted)).toBe(expected);
  });
});

describe("RMSE", () => {
  it("is the root mean square error over the measured pairs only", () => {
    expect(
      computeRmse([
        { measured: 13, predicted: 10 },
        { measured: 6, predicted: 10 },
        { measured: null, predicted: 99 },
      ]),
    ).toBeCloseTo(Math.sqrt((9 + 16) / 2));
    expect(computeRmse([{ measured: 5, predicted: 5 }])).toBe(0);
  });

  it("is unknown without a measurement", () => {
    expect(computeRmse([])).toBeNull();
    expect(computeRmse([{ measured: null, predicted: 1 }])).toBeNull();
  });
});
