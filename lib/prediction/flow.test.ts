import { describe, expect, it } from "vitest";
import {
  computeFlowM3s,
  describeRejection,
  findPressureRejection,
  listFlowCurve,
  resolveFlowExponent,
  solveRequiredPressurePa,
} from "./flow";
import { createActuator } from "./test-fixtures";
import { convertBarToPa, convertM3sToMlMin, convertMlMinToM3s, convertPaToBar } from "./units";

// SKU rated 1000 ml/min of water at 3 bar, n = 0.5 (hollow cone default).
const SKU = createActuator();

describe("flow at pressure", () => {
  it("defaults the exponent to 0.5, 0.46 for full cone, and honours the catalog value", () => {
    expect(resolveFlowExponent(SKU)).toBe(0.5);
    expect(resolveFlowExponent(createActuator({ sprayType: "full_cone" }))).toBe(0.46);
    expect(resolveFlowExponent(createActuator({ sprayType: "full_cone", flowExponent: 0.49 }))).toBe(0.49);
  });

  it("gives the rated flow for water at the rating pressure", () => {
    expect(convertM3sToMlMin(computeFlowM3s(SKU, convertBarToPa(3), 1000))).toBeCloseTo(1000, 9);
  });

  it("doubles the flow at four times the pressure (n = 0.5)", () => {
    // Q = 1000 · (12/3)^0.5 · √(1000/1000) = 1000 · 2 = 2000 ml/min
    expect(convertM3sToMlMin(computeFlowM3s(SKU, convertBarToPa(12), 1000))).toBeCloseTo(2000, 9);
  });

  it("corrects for density: a 1440 kg/m³ liquid passes 83.3 % of the water flow", () => {
    // Q = 2000 · √(1000/1440) = 2000 · 0.833333 = 1666.67 ml/min
    expect(convertM3sToMlMin(computeFlowM3s(SKU, convertBarToPa(12), 1440))).toBeCloseTo(1666.667, 2);
  });

  it("uses the full-cone exponent: 2^0.46 at twice the pressure", () => {
    // Q = 1000 · 2^0.46 = 1000 · 1.37554 = 1375.5 ml/min
    const fullCone = createActuator({ sprayType: "full_cone" });
    expect(convertM3sToMlMin(computeFlowM3s(fullCone, convertBarToPa(6), 1000))).toBeCloseTo(1375.54, 1);
  });

  it("applies a log-space calibration correction as a factor e^c", () => {
    const corrected = computeFlowM3s(SKU, convertBarToPa(3), 1000, Math.log(1.1));
    expect(convertM3sToMlMin(corrected)).toBeCloseTo(1100, 6);
  });
});

describe("required pressure", () => {
  it("solves the pressure for a target flow of a dense liquid", () => {
    // ΔP = 3 · (2000 / (1000 · √(1000/1440)))² = 3 · 2.4² = 3 · 5.76 = 17.28 bar
    const pressure = solveRequiredPressurePa(SKU, convertMlMinToM3s(2000), 1440);
    expect(convertPaToBar(pressure)).toBeCloseTo(17.28, 9);
  });

  it("inverts the flow law exactly", () => {
    const sku = createActuator({ flowExponent: 0.43 });
    const pressure = solveRequiredPressurePa(sku, convertMlMinToM3s(737), 870);
    expect(convertM3sToMlMin(computeFlowM3s(sku, pressure, 870))).toBeCloseTo(737, 9);
  });

  it("rejects a SKU whose required pressure exceeds its maximum, with the numbers", () => {
    const sku = createActuator({ maxPressureBar: 15 });
    const required = convertBarToPa(17.28);
    expect(findPressureRejection(required, sku, null, 0.3)).toBe("above_actuator_max_pressure");
    expect(describeRejection("above_actuator_max_pressure", 17.28, sku, null, 0.3)).toBe(
      "needs 17.3 bar, above the actuator's maximum of 15.0 bar",
    );
  });

  it("rejects above the target maximum and below the minimum spray pressure", () => {
    expect(findPressureRejection(convertBarToPa(12), SKU, 10, 0.3)).toBe("above_target_max_pressure");
    expect(findPressureRejection(convertBarToPa(0.2), SKU, 10, 0.3)).toBe("below_min_pressure");
    expect(findPressureRejection(convertBarToPa(20), SKU, null, 0.3)).toBeNull();
  });
});

describe("flow curve", () => {
  it("spans the requested pressures with rising flow", () => {
    const curve = listFlowCurve(SKU, 1000, 1, 12, 12);
    expect(curve).toHaveLength(12);
    expect(curve[0]).toEqual({ pressureBar: 1, flowMlMin: expect.closeTo(577.35, 2) });
    expect(curve[11]!.flowMlMin).toBeCloseTo(2000, 6);
    for (let i = 1; i < curve.length; i++) {
      expect(curve[i]!.flowMlMin).toBeGreaterThan(curve[i - 1]!.flowMlMin);
    }
  });
});
