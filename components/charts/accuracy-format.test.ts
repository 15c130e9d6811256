import { describe, expect, it } from "vitest";
import { formatDegrees, formatLogBias, formatLogRmse } from "./accuracy-format";

describe("accuracy figures in words", () => {
  it("shows a log bias as the percentage measured lies above or below the prediction", () => {
    expect(formatLogBias(Math.log(1.12))).toBe("+12 %");
    expect(formatLogBias(Math.log(0.8))).toBe("−20 %");
    expect(formatLogBias(null)).toBe("—");
  });
  it("shows a log RMSE as the typical factor, and degrees with their sign when asked", () => {
    expect(formatLogRmse(Math.log(1.25))).toBe("×1.25");
    expect(formatLogRmse(undefined)).toBe("—");
    expect(formatDegrees(-3.21, true)).toBe("−3.2°");
    expect(formatDegrees(4, true)).toBe("+4°");
    expect(formatDegrees(4)).toBe("4°");
  });
});
