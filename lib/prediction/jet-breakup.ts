import type { FluidSi } from "./units";

const AIR_DENSITY_KG_M3 = 1.2;

// Rayleigh (1878): a laminar jet breaks into drops of 1.89 jet diameters (Lefebvre, Atomization
// and Sprays, 1989, ch. 2). Valid while aerodynamic forces are negligible: the Rayleigh regime,
// gas Weber number ρ_A U² d₀ / σ below 0.4 (Ranz 1956, as used by Reitz 1978).
const RAYLEIGH_DROP_RATIO = 1.89;
const RAYLEIGH_MAX_GAS_WEBER = 0.4;

export function computeRayleighSmdM(orificeM: number): number {
  return RAYLEIGH_DROP_RATIO * orificeM;
}

// U = Q / (π d₀² / 4): the mean velocity through the orifice.
export function isOutsideRayleighRegime(fluid: FluidSi, orificeM: number, flowM3s: number): boolean {
  const velocity = flowM3s / ((Math.PI * orificeM * orificeM) / 4);
  return (AIR_DENSITY_KG_M3 * velocity * velocity * orificeM) / fluid.surfaceTensionNm > RAYLEIGH_MAX_GAS_WEBER;
}
