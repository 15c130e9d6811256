import type { Actuator } from "./schemas";
import { convertBarToPa, type FluidSi } from "./units";
import { WATER_SI } from "./water";

// Rizk & Lefebvre (1985): 2θ = 6 K^-0.15 (ΔP d₀² ρ_L / μ_L²)^0.11. For one nozzle K and d₀ are
// fixed, so relative to its water rating the angle scales as
//   (ΔP/P_ref)^0.11 · (ρ/ρ_w)^0.11 · (μ/μ_w)^-0.22.
// Surface tension is absent from that correlation; the engine adds a weak (σ/σ_w)^-0.05 so a
// more cohesive sheet opens slightly less (a model choice, documented in docs/prediction.md).
const PRESSURE_EXPONENT = 0.11;
const DENSITY_EXPONENT = 0.11;
const VISCOSITY_EXPONENT = -0.22;
const SURFACE_TENSION_EXPONENT = -0.05;
// A swirl cone stops opening once the air core is fully developed: cap the pressure widening.
export const PRESSURE_WIDENING_CAP = 1.15;
export const MIN_CONE_DEG = 0.5;
export const MAX_CONE_DEG = 170;

// Depends on the fluid only, so the ranking computes it once per request.
export function computeConeFluidFactor(fluid: FluidSi): number {
  return (
    (fluid.densityKgM3 / WATER_SI.densityKgM3) ** DENSITY_EXPONENT *
    (fluid.viscosityPaS / WATER_SI.viscosityPaS) ** VISCOSITY_EXPONENT *
    (fluid.surfaceTensionNm / WATER_SI.surfaceTensionNm) ** SURFACE_TENSION_EXPONENT
  );
}

export function computeConePressureFactor(pressurePa: number, refPressurePa: number): number {
  return Math.min(PRESSURE_WIDENING_CAP, (pressurePa / refPressurePa) ** PRESSURE_EXPONENT);
}

export function computeConeDeg(nominalDeg: number, fluidFactor: number, pressureFactor: number): number {
  const cone = nominalDeg * fluidFactor * pressureFactor;
  return Math.min(MAX_CONE_DEG, Math.max(MIN_CONE_DEG, cone));
}

export function predictConeDeg(a: Actuator, fluid: FluidSi, pressurePa: number): number {
  const pressureFactor = computeConePressureFactor(pressurePa, convertBarToPa(a.refPressureBar));
  return computeConeDeg(a.nominalConeDeg, computeConeFluidFactor(fluid), pressureFactor);
}
