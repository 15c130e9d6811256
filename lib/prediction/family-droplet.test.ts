import { describe, expect, it } from "vitest";
import { classifyDroplets } from "./droplet-class";
import { computeFanSpraySmdM } from "./fan-spray";
import { computeRayleighSmdM, isOutsideRayleighRegime } from "./jet-breakup";
import { predictActuatorAtPressure } from "./predict";
import { createActuator } from "./test-fixtures";
import { WATER_SI } from "./water";

const WATER = { fluid: { viscosityCp: 1, densityKgM3: 1000, surfaceTensionMNm: 72.8 } };

describe("fan-spray correlation (Snyder, Senser & Lefebvre 1989)", () => {
  it("matches the hand calculation for water at 3 bar through d_h = 1 mm", () => {
    // viscous: (0.0728 · 1e-6 / (1.2 · 1e-9 · 9e10))^0.25 = (6.7407e-10)^0.25 = 5.0953e-3; · 2.83 = 0.014420
    // inertial: (0.0728 · 1000 / (1.2 · 1e-3 · 3e5))^0.25 = (0.20222)^0.25 = 0.67059; · 0.26 = 0.174353
    // SMD = 1e-3 · (0.014420 + 0.174353) = 1.8877e-4 m = 188.8 µm
    expect(computeFanSpraySmdM(WATER_SI, 3e5, 1e-3) * 1e6).toBeCloseTo(188.77, 1);
  });

  it("gives flat fans their own correlation and flags pressures below its published range", () => {
    const fan = createActuator({ sprayType: "flat_fan", orificeDiameterMm: 1, refPressureBar: 3 });
    const result = predictActuatorAtPressure(WATER, fan, 3);
    expect(result.dropletCorrelation).toBe("fan_spray_1989");
    expect(result.smdMembersUm.snyderSenserLefebvre1989).toBeCloseTo(188.77, 1);
    // With the flat-fan level factor fitted on the validation suite: 188.77 · e^0.0885 = 188.77 · 1.092534 = 206.24
    expect(result.smdUm.p50).toBeCloseTo(206.24, 1);
    expect(result.flags).toEqual(["outside_published_range"]);
    expect(predictActuatorAtPressure(WATER, { ...fan, maxPressureBar: 100 }, 20).flags).toEqual([]);
  });
});

describe("Rayleigh jet breakup", () => {
  it("gives drops of 1.89 orifice diameters, inside the regime only at low jet speed", () => {
    expect(computeRayleighSmdM(1e-3) * 1e6).toBeCloseTo(1890, 6);
    // U = 1e-6 / 7.854e-7 = 1.27 m/s: We_g = 1.2 · 1.621 · 1e-3 / 0.0728 = 0.0267 < 0.4
    expect(isOutsideRayleighRegime(WATER_SI, 1e-3, 1e-6)).toBe(false);
    // U = 12.7 m/s: We_g = 2.67 > 0.4
    expect(isOutsideRayleighRegime(WATER_SI, 1e-3, 1e-5)).toBe(true);
  });
});

describe("what users compare on", () => {
  it("reports driftable fines from the Rosin–Rammler curve and both class schemes for a flat fan", () => {
    // SMD 206.24 µm (188.77 µm × the fitted level factor 1.092534), q = 3:
    // X = 1.354118 · 206.24 = 279.27 µm; V(100) = 1 − exp(−(100/279.27)³) = 0.04487
    const fan = createActuator({ sprayType: "flat_fan", orificeDiameterMm: 1, refPressureBar: 3 });
    const result = predictActuatorAtPressure(WATER, fan, 3);
    expect(result.volumeFractionBelow.um100).toBeCloseTo(0.04487, 4);
    expect(result.volumeFractionBelow.um150).toBeGreaterThan(result.volumeFractionBelow.um100);
    expect(result.volumeFractionBelow.um200).toBeGreaterThan(result.volumeFractionBelow.um150);
    // Dv50 = 1.198390 · 206.24 = 247.2 µm (absolute band 200–400: medium); Dv10 = 0.639636 · 206.24 = 131.9 µm
    // ASABE-style: Dv10 131.9 µm in 110.3–162 → medium; Dv50 247.2 µm in 134.4–248.1 → fine; the finer wins
    expect(result.dropletClass.absolute.label).toBe("medium");
    expect(result.dropletClass.asabe?.label).toBe("fine");
    expect(result.dropletClass.asabe?.scheme).toMatch(/ASABE S572-style/);
  });

  // [Dv10, Dv50, expected ASABE-style class]: the finer of the two classes wins.
  const ASABE_CASES: [number, number, string][] = [
    [50, 120, "very fine"],
    [120, 300, "medium"],
    [100, 400, "fine"],
    [200, 480, "very coarse"],
    [400, 900, "ultra coarse"],
  ];
  it.each(ASABE_CASES)("Dv10 %d µm, Dv50 %d µm is %s", (dv10, dv50, expected) => {
    expect(classifyDroplets("flat_fan", dv10, dv50).asabe?.label).toBe(expected);
  });

  it("gives no ASABE-style class outside flat fans", () => {
    expect(classifyDroplets("hollow_cone", 50, 90)).toEqual({
      absolute: { scheme: "AeroSpec absolute Dv50 bands", label: "very fine" },
      asabe: null,
    });
  });
});
