import type { Actuator } from "./schemas";
import { convertBarToPa, convertDegToRad, convertMlMinToM3s, convertMmToM, convertUmToM, type FluidSi } from "./units";
import { WATER_SI } from "./water";

// Ambient air at 20 °C, 1 atm: both correlations were fitted for sprays into air.
const AIR_DENSITY_KG_M3 = 1.2;

// x^0.25 as √√x: exact in IEEE arithmetic and several times faster than Math.pow in the hot loop.
function computeQuarterPower(x: number): number {
  return Math.sqrt(Math.sqrt(x));
}

// Lefebvre (1987): SMD = 2.25 σ^0.25 μ_L^0.25 ṁ_L^0.25 ΔP_L^-0.5 ρ_A^-0.25, SI units.
export function computeLefebvreSmdM(fluid: FluidSi, massFlowKgS: number, pressurePa: number): number {
  const group = (fluid.surfaceTensionNm * fluid.viscosityPaS * massFlowKgS) / AIR_DENSITY_KG_M3;
  return (2.25 * computeQuarterPower(group)) / Math.sqrt(pressurePa);
}

// Rizk & Lefebvre (1985) film thickness at the orifice: t = 2.7 [d₀ ṁ_L μ_L / (ρ_L ΔP_L)]^0.25.
export function computeFilmThicknessM(orificeM: number, fluid: FluidSi, massFlowKgS: number, pressurePa: number): number {
  const group = (orificeM * massFlowKgS * fluid.viscosityPaS) / (fluid.densityKgM3 * pressurePa);
  return 2.7 * computeQuarterPower(group);
}

// Wang & Lefebvre (1987): SMD = 4.52 (σ μ_L² / (ρ_A ΔP²))^0.25 (t cosθ)^0.25
//                             + 0.39 (σ ρ_L / (ρ_A ΔP))^0.25 (t cosθ)^0.75, θ the cone half angle.
export function computeWangLefebvreSmdM(fluid: FluidSi, pressurePa: number, filmM: number, halfAngleRad: number): number {
  const sheet = computeQuarterPower(filmM * Math.cos(halfAngleRad));
  const sigmaOverAir = fluid.surfaceTensionNm / AIR_DENSITY_KG_M3;
  const viscousTerm = computeQuarterPower((sigmaOverAir * fluid.viscosityPaS * fluid.viscosityPaS) / (pressurePa * pressurePa));
  const inertialTerm = computeQuarterPower((sigmaOverAir * fluid.densityKgM3) / pressurePa);
  return 4.52 * viscousTerm * sheet + 0.39 * inertialTerm * sheet * sheet * sheet;
}

export interface SmdEnsemble {
  smdM: number;
  // The swirl members; for a family with one correlation (family-droplet.ts) both hold it.
  lefebvreM: number;
  wangLefebvreM: number;
  // Standard deviation of ln(member): how much the correlations disagree.
  logSpread: number;
  anchored: boolean;
  // The operating point lies outside the published range of the family's correlation.
  outsideRange: boolean;
}

export function createSmdEnsemble(): SmdEnsemble {
  return { smdM: 0, lefebvreM: 0, wangLefebvreM: 0, logSpread: 0, anchored: false, outsideRange: false };
}

// Fills `out` instead of returning a new object: the ranking evaluates 100k SKUs per request.
export function computeSmdEnsemble(
  a: Actuator,
  fluid: FluidSi,
  pressurePa: number,
  massFlowKgS: number,
  coneDeg: number,
  out: SmdEnsemble,
): SmdEnsemble {
  const orificeM = convertMmToM(a.orificeDiameterMm);
  const film = computeFilmThicknessM(orificeM, fluid, massFlowKgS, pressurePa);
  let lefebvre = computeLefebvreSmdM(fluid, massFlowKgS, pressurePa);
  let wang = computeWangLefebvreSmdM(fluid, pressurePa, film, convertDegToRad(coneDeg / 2));
  out.anchored = a.vendorSmdUm != null;
  if (a.vendorSmdUm != null) {
    // Keep each correlation's trend but the vendor's level: member × vendor / member(reference).
    const vendorM = convertUmToM(a.vendorSmdUm);
    lefebvre *= vendorM / computeReferenceLefebvreM(a);
    wang *= vendorM / computeReferenceWangLefebvreM(a, orificeM);
  }
  out.lefebvreM = lefebvre;
  out.wangLefebvreM = wang;
  // Geometric mean and sample standard deviation of the logs, for the two members.
  out.smdM = Math.sqrt(lefebvre * wang);
  out.logSpread = Math.abs(Math.log(lefebvre / wang)) / Math.SQRT2;
  return out;
}

// The catalog's rating point: water at P_ref, the rated flow, the nominal cone.
function computeReferenceMassFlowKgS(a: Actuator): number {
  return WATER_SI.densityKgM3 * convertMlMinToM3s(a.refFlowMlMin);
}

function computeReferenceLefebvreM(a: Actuator): number {
  return computeLefebvreSmdM(WATER_SI, computeReferenceMassFlowKgS(a), convertBarToPa(a.refPressureBar));
}

function computeReferenceWangLefebvreM(a: Actuator, orificeM: number): number {
  const massFlow = computeReferenceMassFlowKgS(a);
  const pressure = convertBarToPa(a.refPressureBar);
  const film = computeFilmThicknessM(orificeM, WATER_SI, massFlow, pressure);
  return computeWangLefebvreSmdM(WATER_SI, pressure, film, convertDegToRad(a.nominalConeDeg / 2));
}
