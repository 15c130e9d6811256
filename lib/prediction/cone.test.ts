import { describe, expect, it } from "vitest";
import {
  computeConeDeg,
  computeConeFluidFactor,
  computeConePressureFactor,
  MAX_CONE_DEG,
  MIN_CONE_DEG,
  PRESSURE_WIDENING_CAP,
  predictConeDeg,
} from "./cone";
import { createActuator } from "./test-fixtures";
import { convertBarToPa } from "./units";
import { WATER_SI } from "./water";

const SKU = createActuator({ nominalConeDeg: 80, refPressureBar: 3 });

describe("cone angle", () => {
  it("returns the nominal angle for water at the rating pressure", () => {
    expect(predictConeDeg(SKU, WATER_SI, convertBarToPa(3))).toBeCloseTo(80, 12);
  });

  it("narrows a 100 cP liquid to 29.0°", () => {
    // (μ/μ_w)^-0.22 = 100^-0.22 = 0.363078; 80° · 0.363078 = 29.05°
    const viscous = { ...WATER_SI, viscosityPaS: 0.1 };
    expect(predictConeDeg(SKU, viscous, convertBarToPa(3))).toBeCloseTo(29.05, 2);
  });

  it("narrows with surface tension and widens with density, weakly", () => {
    // (40/72.8)^-0.05 = 1.0304: lower surface tension opens the cone by 3 %
    expect(computeConeFluidFactor({ ...WATER_SI, surfaceTensionNm: 0.04 })).toBeCloseTo(1.0304, 4);
    // (1200/1000)^0.11 = 1.0203
    expect(computeConeFluidFactor({ ...WATER_SI, densityKgM3: 1200 })).toBeCloseTo(1.0203, 4);
  });

  it("widens with pressure as (ΔP/P_ref)^0.11 up to the cap", () => {
    // 2^0.11 = 1.079228; 4^0.11 = 1.164734 → capped at 1.15; 0.5^0.11 = 0.926588
    expect(computeConePressureFactor(6e5, 3e5)).toBeCloseTo(1.079228, 5);
    expect(computeConePressureFactor(12e5, 3e5)).toBe(PRESSURE_WIDENING_CAP);
    expect(computeConePressureFactor(1.5e5, 3e5)).toBeCloseTo(0.926588, 5);
  });

  it("clamps to the physical range", () => {
    expect(computeConeDeg(160, 1.3, 1.15)).toBe(MAX_CONE_DEG);
    expect(computeConeDeg(1, 0.22, 1)).toBe(MIN_CONE_DEG);
  });
});
