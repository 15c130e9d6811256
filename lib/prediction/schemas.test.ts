import { describe, expect, it } from "vitest";
import type { ZodError } from "zod";
import { actuatorSchema, predictionInputSchema, rankOptionsSchema } from "./schemas";

const WATER = { viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72.8 };
const ACTUATOR = {
  sku: "SPENC-HC-0100-080-00001",
  supplier: "spencer",
  sprayType: "hollow_cone",
  orificeDiameterMm: 1,
  refFlowMlMin: 400,
  refPressureBar: 3,
  nominalConeDeg: 80,
  maxPressureBar: 20,
};

function getFirstIssue(result: { success: boolean; error?: ZodError }): string {
  return result.error?.issues[0]?.message ?? "";
}

describe("prediction input schema", () => {
  it("accepts water with no targets and fills the defaults", () => {
    const parsed = predictionInputSchema.parse({ fluid: WATER });
    expect(parsed.fluid.propellant).toBe(false);
    expect(parsed.targets.dropletMeasure).toBe("dv50");
  });

  // [field path, value, message fragment]
  const BAD_INPUTS: [string, Record<string, unknown>, string][] = [
    ["viscosity too low", { fluid: { ...WATER, viscosityCp: 0.1 } }, "Viscosity must be between 0.3 cP and 1,000 cP"],
    ["viscosity too high", { fluid: { ...WATER, viscosityCp: 5000 } }, "Viscosity must be between 0.3 cP and 1,000 cP"],
    ["viscosity not a number", { fluid: { ...WATER, viscosityCp: "1" } }, "Viscosity must be a number in cP"],
    ["viscosity NaN", { fluid: { ...WATER, viscosityCp: Number.NaN } }, "Viscosity must be a number in cP"],
    ["density too low", { fluid: { ...WATER, densityKgM3: 100 } }, "Density must be between 500 kg/m³ and 2,000 kg/m³"],
    ["surface tension", { fluid: { ...WATER, surfaceTensionMNm: 90 } }, "Surface tension must be between 15 mN/m and 80 mN/m"],
    ["flash point", { fluid: { ...WATER, flashPointC: -80 } }, "Flash point must be between -50 °C and 400 °C"],
    ["cone target", { fluid: WATER, targets: { coneDeg: 175 } }, "Target cone angle must be between 5° and 170°"],
    ["droplet target", { fluid: WATER, targets: { dropletUm: 0.5 } }, "Target droplet size must be between 1 µm and 2,000 µm"],
    ["pressure", { fluid: WATER, targets: { maxPressureBar: 500 } }, "Maximum pressure must be between 0.1 bar and 400 bar"],
    ["flow", { fluid: WATER, targets: { flowMlMin: Infinity } }, "Target flow must be a number in ml/min"],
    ["flow too high", { fluid: WATER, targets: { flowMlMin: 200_000 } }, "Target flow must be between 0.1 ml/min and 100,000 ml/min"],
  ];
  it.each(BAD_INPUTS)("rejects %s with a message naming the range", (_case, input, message) => {
    const result = predictionInputSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(getFirstIssue(result)).toBe(message);
  });

  it("accepts the range limits themselves", () => {
    const fluid = { viscosityCp: 1000, densityKgM3: 500, surfaceTensionMNm: 15, flashPointC: 400 };
    const targets = { coneDeg: 5, dropletUm: 2000, maxPressureBar: 0.1, flowMlMin: 100_000 };
    expect(predictionInputSchema.safeParse({ fluid, targets }).success).toBe(true);
  });

  it("accepts a null flash point (not flammable, or unknown)", () => {
    expect(predictionInputSchema.safeParse({ fluid: { ...WATER, flashPointC: null } }).success).toBe(true);
  });
});

describe("actuator schema", () => {
  it("accepts a complete catalog entry with nullable optional fields", () => {
    const entry = { ...ACTUATOR, flowExponent: null, vendorSmdUm: null, rosinRammlerQ: null };
    expect(actuatorSchema.safeParse(entry).success).toBe(true);
  });

  const BAD_ACTUATORS: [string, Record<string, unknown>, string][] = [
    [
      "a SKU without its supplier prefix",
      { sku: "COST-HC-1" },
      "The SKU must start with the supplier prefix (SPENC- for spencer, COST- for coster)",
    ],
    ["an unknown supplier", { supplier: "acme" }, ""],
    ["an unknown spray type", { sprayType: "air_atomizing" }, ""],
    ["a reference pressure above the maximum", { refPressureBar: 30 }, "Reference pressure must not exceed the maximum pressure"],
    ["a flow exponent of 1", { flowExponent: 1 }, "Flow exponent must be between 0.3 and 0.7"],
    ["a Rosin–Rammler q of 1 (SMD undefined)", { rosinRammlerQ: 1 }, "Rosin–Rammler q must be between 1.5 and 8"],
    ["a zero orifice", { orificeDiameterMm: 0 }, "Orifice diameter must be between 0.05 mm and 20 mm"],
  ];
  it.each(BAD_ACTUATORS)("rejects %s", (_case, change, message) => {
    const result = actuatorSchema.safeParse({ ...ACTUATOR, ...change });
    expect(result.success).toBe(false);
    if (message) expect(getFirstIssue(result)).toBe(message);
  });
});

describe("rank options schema", () => {
  it("defaults to the top 50, ±20 % droplet and ±10 deg cone tolerance", () => {
    expect(rankOptionsSchema.parse({})).toEqual({
      topN: 50,
      rejectedLimit: 50,
      dropletTolerance: 0.2,
      coneToleranceDeg: 10,
      minPressureBar: 0.3,
    });
  });

  it("rejects a fractional top N", () => {
    expect(rankOptionsSchema.safeParse({ topN: 2.5 }).success).toBe(false);
  });
});
