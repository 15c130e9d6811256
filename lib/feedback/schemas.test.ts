import { describe, expect, it } from "vitest";
import { createFeedbackSchema } from "./schemas";

const base = { configurationId: "7f0c3b8e-7a43-4f7e-9d8a-2b1c0d9e8f71", actuatorSku: "SP-1", testConditions: { pressureBar: 3 } };

describe("lab result input", () => {
  it("takes the fewest fields with defaults", () => {
    expect(createFeedbackSchema.parse(base)).toMatchObject({ passFail: "unknown", testConditions: { pressureBar: 3 } });
  });

  it.each([
    ["Dv90 below Dv10", { dv10Um: 50, dv90Um: 40 }, "dv90Um"],
    ["Dv50 below Dv10", { dv10Um: 50, dv50Um: 40 }, "dv50Um"],
    ["a negative flow", { flowRateActualMlMin: -1 }, "flowRateActualMlMin"],
    ["a range that is not min-max", { dropletSizeRangeUm: "100-50" }, "dropletSizeRangeUm"],
    ["a rating of 6", { rating: 6 }, "rating"],
    ["a confidence above 1", { confidence: 1.5 }, "confidence"],
    ["no pressure", { testConditions: {} }, "testConditions"],
    ["a cone of 200°", { sprayConeAngleActual: 200 }, "sprayConeAngleActual"],
    ["a typed prediction_matched", { predictionMatched: true }, ""],
  ])("refuses %s", (_name, extra, path) => {
    const result = createFeedbackSchema.safeParse({ ...base, ...extra });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join("."))).toContainEqual(expect.stringContaining(path));
  });
});
