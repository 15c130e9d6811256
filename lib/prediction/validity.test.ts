import { describe, expect, it } from "vitest";
import { fluidSchema } from "./schemas";
import { computeActuatorFlags, computeFluidFlags, computeOhnesorge, FLAG_DESCRIPTIONS, listFlags, VALIDITY_FLAGS } from "./validity";
import { WATER_SI } from "./water";

const WATER_OH_1MM = 0.0037062;

describe("Ohnesorge number", () => {
  it("is 0.0037 for water through a 1 mm orifice", () => {
    // Oh = 1e-3 / √(1000 · 0.0728 · 1e-3) = 1e-3 / 0.269815 = 0.0037062
    expect(computeOhnesorge(WATER_SI, 1e-3)).toBeCloseTo(WATER_OH_1MM, 6);
  });
});

describe("validity flags", () => {
  const parseFluid = (change: object) => fluidSchema.parse({ viscosityCp: 1, densityKgM3: 1000, surfaceTensionMNm: 72.8, ...change });

  it("flags nothing for water in a hollow cone at 3 bar", () => {
    const mask = computeFluidFlags(parseFluid({})) | computeActuatorFlags("hollow_cone", false, WATER_OH_1MM, 3e5, false);
    expect(listFlags(mask)).toEqual([]);
  });

  // [case, fluid change, spray type, propellant, Oh, pressure Pa, family range exceeded, expected flags]
  const CASES: [string, object, Parameters<typeof computeActuatorFlags>[0], boolean, number, number, boolean, string[]][] = [
    ["viscosity above 100 cP", { viscosityCp: 150 }, "hollow_cone", false, 0.05, 3e5, false, ["high_viscosity"]],
    ["viscosity of exactly 100 cP", { viscosityCp: 100 }, "hollow_cone", false, 0.05, 3e5, false, []],
    ["flash point 13 °C (ethanol)", { flashPointC: 13 }, "hollow_cone", false, 0.004, 3e5, false, ["flammable"]],
    ["flash point of exactly 60 °C", { flashPointC: 60 }, "hollow_cone", false, 0.004, 3e5, false, []],
    ["Oh above the envelope", {}, "hollow_cone", false, 0.5, 3e5, false, ["ohnesorge_out_of_range"]],
    ["Oh below the envelope", {}, "hollow_cone", false, 5e-4, 3e5, false, ["ohnesorge_out_of_range"]],
    ["pressure above 30 bar", {}, "hollow_cone", false, 0.004, 50e5, false, ["pressure_out_of_range"]],
    ["pressure below 0.5 bar", {}, "hollow_cone", false, 0.004, 0.3e5, false, ["pressure_out_of_range"]],
    ["propellant fine mist", {}, "fine_mist", true, 0.004, 3e5, false, ["propellant_aerosol"]],
    ["propellant liquid in a hollow cone", {}, "hollow_cone", true, 0.004, 3e5, false, []],
    ["flat fan inside its correlation's range", {}, "flat_fan", false, 0.004, 30e5, false, []],
    ["flat fan below its correlation's range", {}, "flat_fan", false, 0.004, 3e5, true, ["outside_published_range"]],
    ["flat fan above the swirl policy range only", {}, "flat_fan", false, 0.004, 50e5, false, []],
    ["solid stream outside the Rayleigh regime", {}, "solid_stream", false, 0.004, 3e5, true, ["outside_published_range"]],
  ];
  it.each(CASES)("%s", (_case, change, sprayType, propellant, oh, pressure, rangeExceeded, expected) => {
    const mask = computeFluidFlags(parseFluid(change)) | computeActuatorFlags(sprayType, propellant, oh, pressure, rangeExceeded);
    expect(listFlags(mask)).toEqual(expected);
  });

  it("describes every flag", () => {
    for (const flag of VALIDITY_FLAGS) expect(FLAG_DESCRIPTIONS[flag].length).toBeGreaterThan(10);
  });
});
