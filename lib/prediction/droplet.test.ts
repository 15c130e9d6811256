import { describe, expect, it } from "vitest";
import { computeFilmThicknessM, computeLefebvreSmdM, computeSmdEnsemble, computeWangLefebvreSmdM, createSmdEnsemble } from "./droplet";
import { createActuator } from "./test-fixtures";
import { convertBarToPa, convertDegToRad, convertMlMinToM3s } from "./units";
import { WATER_SI } from "./water";

// Water (σ 0.0728 N/m, μ 1e-3 Pa·s, ρ 1000 kg/m³), ṁ = 0.01 kg/s, ΔP = 4 bar, d₀ = 1 mm,
// cone 80° (half angle 40°), air 1.2 kg/m³.
const MASS_FLOW = 0.01;
const PRESSURE = 4e5;

describe("Lefebvre (1987) correlation", () => {
  it("matches the hand calculation for water at 4 bar", () => {
    // σμṁ/ρ_A = 0.0728 · 1e-3 · 0.01 / 1.2 = 6.0667e-7; ^0.25 = 0.027909
    // SMD = 2.25 · 0.027909 / √4e5 = 0.062794 / 632.46 = 9.929e-5 m = 99.3 µm
    expect(computeLefebvreSmdM(WATER_SI, MASS_FLOW, PRESSURE) * 1e6).toBeCloseTo(99.29, 1);
  });
});

describe("Wang & Lefebvre (1987) correlation", () => {
  it("computes the Rizk–Lefebvre film thickness", () => {
    // d₀ṁμ/(ρΔP) = 1e-3 · 0.01 · 1e-3 / (1000 · 4e5) = 2.5e-17; ^0.25 = 7.0711e-5
    // t = 2.7 · 7.0711e-5 = 1.9092e-4 m = 190.9 µm
    expect(computeFilmThicknessM(1e-3, WATER_SI, MASS_FLOW, PRESSURE) * 1e6).toBeCloseTo(190.92, 1);
  });

  it("matches the hand calculation for water at 4 bar", () => {
    // t cos40° = 1.9092e-4 · 0.76604 = 1.4625e-4 m; ^0.25 = 0.10997; ^0.75 = 1.3299e-3
    // viscous: (0.0728 · 1e-6 / (1.2 · 1.6e11))^0.25 = (3.7917e-19)^0.25 = 2.4815e-5
    //          4.52 · 2.4815e-5 · 0.10997 = 1.2335e-5 m
    // inertial: (0.0728 · 1000 / (1.2 · 4e5))^0.25 = (1.5167e-4)^0.25 = 0.11097
    //          0.39 · 0.11097 · 1.3299e-3 = 5.7559e-5 m
    // SMD = 1.2335e-5 + 5.7559e-5 = 6.9894e-5 m = 69.9 µm
    const film = computeFilmThicknessM(1e-3, WATER_SI, MASS_FLOW, PRESSURE);
    const smd = computeWangLefebvreSmdM(WATER_SI, PRESSURE, film, convertDegToRad(40));
    expect(smd * 1e6).toBeCloseTo(69.89, 1);
  });
});

describe("SMD ensemble", () => {
  it("takes the geometric mean and the log-space disagreement of the two members", () => {
    // √(99.29 · 69.89) = 83.30 µm; |ln(99.29/69.89)| / √2 = 0.35104 / 1.41421 = 0.2482
    const sku = createActuator({ orificeDiameterMm: 1 });
    const out = computeSmdEnsemble(sku, WATER_SI, PRESSURE, MASS_FLOW, 80, createSmdEnsemble());
    expect(out.smdM * 1e6).toBeCloseTo(83.3, 1);
    expect(out.logSpread).toBeCloseTo(0.2482, 3);
    expect(out.anchored).toBe(false);
  });

  it("reproduces the vendor SMD exactly at the vendor's rating point", () => {
    // Water at P_ref with the rated flow and nominal cone: both members are scaled to 85 µm.
    const sku = createActuator({ vendorSmdUm: 85 });
    const massFlow = 1000 * convertMlMinToM3s(sku.refFlowMlMin);
    const pressure = convertBarToPa(3);
    const out = computeSmdEnsemble(sku, WATER_SI, pressure, massFlow, 80, createSmdEnsemble());
    expect(out.anchored).toBe(true);
    expect(out.smdM * 1e6).toBeCloseTo(85, 9);
    expect(out.logSpread).toBeCloseTo(0, 9);
  });

  it("keeps each correlation's trend when anchored: member ratio to the reference is preserved", () => {
    const free = createActuator();
    const anchored = createActuator({ vendorSmdUm: 120 });
    const massFlow = 1000 * convertMlMinToM3s(1000);
    const run = (sku: typeof free, bar: number, flow: number) =>
      computeSmdEnsemble(sku, WATER_SI, convertBarToPa(bar), flow, 80, createSmdEnsemble());
    const reference = run(free, 3, massFlow);
    const atTwelve = run(free, 12, 2 * massFlow);
    const anchoredAtTwelve = run(anchored, 12, 2 * massFlow);
    // Lefebvre member ∝ ṁ^0.25 ΔP^-0.5: 2^0.25 · 4^-0.5 = 1.189207 / 2 = 0.594604
    expect(atTwelve.lefebvreM / reference.lefebvreM).toBeCloseTo(0.594604, 6);
    // anchored: 120 µm · 0.594604 = 71.35 µm
    expect(anchoredAtTwelve.lefebvreM * 1e6).toBeCloseTo(71.35, 2);
    expect(anchoredAtTwelve.wangLefebvreM / anchoredAtTwelve.lefebvreM).toBeCloseTo(
      atTwelve.wangLefebvreM / atTwelve.lefebvreM / (reference.wangLefebvreM / reference.lefebvreM),
      9,
    );
  });
});
