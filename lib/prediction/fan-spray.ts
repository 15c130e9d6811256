import type { FluidSi } from "./units";

// Ambient air at 20 °C, 1 atm, as in the swirl correlations (droplet.ts).
const AIR_DENSITY_KG_M3 = 1.2;

// Snyder, Senser & Lefebvre, "Mean drop sizes from fan spray atomizers", J. Fluids Eng. 111
// (1989) 342: SMD / d_h = 2.83 (σ μ² / (ρ_A d_h³ ΔP²))^0.25 + 0.26 (σ ρ_L / (ρ_A d_h ΔP))^0.25,
// d_h the hydraulic mean diameter of the orifice, SI units. Fitted over 1.38–10.34 MPa.
export const FAN_SPRAY_PRESSURE_RANGE_PA = { min: 1.38e6, max: 10.34e6 } as const;

export function computeFanSpraySmdM(fluid: FluidSi, pressurePa: number, hydraulicDiameterM: number): number {
  const sigmaOverAir = fluid.surfaceTensionNm / AIR_DENSITY_KG_M3;
  const d = hydraulicDiameterM;
  const viscous = Math.sqrt(Math.sqrt((sigmaOverAir * fluid.viscosityPaS * fluid.viscosityPaS) / (d * d * d * pressurePa * pressurePa)));
  const inertial = Math.sqrt(Math.sqrt((sigmaOverAir * fluid.densityKgM3) / (d * pressurePa)));
  return d * (2.83 * viscous + 0.26 * inertial);
}
