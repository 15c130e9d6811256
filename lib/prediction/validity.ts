import type { Fluid, SprayType } from "./schemas";
import { convertPaToBar, type FluidSi } from "./units";

// Flags travel as a bit mask through the ranking loop and become names only for results.
export const VALIDITY_FLAGS = [
  "ohnesorge_out_of_range",
  "high_viscosity",
  "pressure_out_of_range",
  "flammable",
  "propellant_aerosol",
  "spray_type_outside_correlation",
  "outside_published_range",
] as const;
export type ValidityFlag = (typeof VALIDITY_FLAGS)[number];

const FLAG_BITS = Object.fromEntries(VALIDITY_FLAGS.map((flag, i) => [flag, 1 << i])) as Record<ValidityFlag, number>;

// Policy envelopes (docs/prediction.md): the swirl correlations were fitted on low-viscosity
// liquids in simplex nozzles at moderate pressure; outside, predictions are extrapolations. Fan
// and jet families carry their own correlation's published range instead (family-droplet.ts).
const OHNESORGE_RANGE = { min: 1e-3, max: 0.2 } as const;
const PRESSURE_RANGE_BAR = { min: 0.5, max: 30 } as const;
const HIGH_VISCOSITY_CP = 100;
const FLAMMABLE_FLASH_POINT_C = 60;
const OWN_RANGE_TYPES: readonly SprayType[] = ["flat_fan", "solid_stream"];

// Oh = μ / √(ρ σ d₀): viscous forces against inertia and surface tension at the orifice scale.
export function computeOhnesorge(fluid: FluidSi, orificeM: number): number {
  return fluid.viscosityPaS / Math.sqrt(fluid.densityKgM3 * fluid.surfaceTensionNm * orificeM);
}

export function computeFluidFlags(fluid: Fluid): number {
  let mask = 0;
  if (fluid.viscosityCp > HIGH_VISCOSITY_CP) mask |= FLAG_BITS.high_viscosity;
  if (fluid.flashPointC != null && fluid.flashPointC < FLAMMABLE_FLASH_POINT_C) {
    mask |= FLAG_BITS.flammable;
  }
  return mask;
}

// rangeExceeded: the family correlation's own published range (fan spray, Rayleigh jet) is left.
export function computeActuatorFlags(
  sprayType: SprayType,
  propellant: boolean,
  ohnesorge: number,
  pressurePa: number,
  rangeExceeded: boolean,
): number {
  let mask = 0;
  if (ohnesorge < OHNESORGE_RANGE.min || ohnesorge > OHNESORGE_RANGE.max) {
    mask |= FLAG_BITS.ohnesorge_out_of_range;
  }
  const bar = convertPaToBar(pressurePa);
  const ownRange = OWN_RANGE_TYPES.includes(sprayType);
  if (!ownRange && (bar < PRESSURE_RANGE_BAR.min || bar > PRESSURE_RANGE_BAR.max)) {
    mask |= FLAG_BITS.pressure_out_of_range;
  }
  if (propellant && sprayType === "fine_mist") mask |= FLAG_BITS.propellant_aerosol;
  if (rangeExceeded) mask |= FLAG_BITS.outside_published_range;
  return mask;
}

export function listFlags(mask: number): ValidityFlag[] {
  return VALIDITY_FLAGS.filter((flag) => (mask & FLAG_BITS[flag]) !== 0);
}

const OH_TEXT = `${OHNESORGE_RANGE.min}–${OHNESORGE_RANGE.max}`;
const PRESSURE_TEXT = `${PRESSURE_RANGE_BAR.min}–${PRESSURE_RANGE_BAR.max} bar`;

export const FLAG_DESCRIPTIONS: Record<ValidityFlag, string> = {
  ohnesorge_out_of_range: `Ohnesorge number outside ${OH_TEXT}: droplet size extrapolated`,
  high_viscosity: `Viscosity above ${HIGH_VISCOSITY_CP} cP: droplet size and cone are rough estimates`,
  pressure_out_of_range: `Pressure outside ${PRESSURE_TEXT}: droplet size extrapolated`,
  flammable: `Flash point below ${FLAMMABLE_FLASH_POINT_C} °C: flammable liquid`,
  propellant_aerosol: "Propellant-driven aerosol: pressure-swirl correlations do not apply",
  // No longer raised (each family has its own correlation); kept for results stored before 2026.12-1.
  spray_type_outside_correlation: "Flat-fan or solid-stream nozzle predicted with swirl correlations (model before 2026.12-1)",
  outside_published_range: "Operating point outside the published range of this family's droplet correlation: extrapolated",
};
