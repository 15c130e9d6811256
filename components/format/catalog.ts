import type { SprayType, Supplier } from "@/lib/prediction/schemas";
import { FLAG_DESCRIPTIONS, type ValidityFlag } from "@/lib/prediction/validity";

export const SUPPLIER_LABELS: Record<Supplier, string> = { spencer: "Spencer", coster: "Coster" };

export const SPRAY_TYPE_LABELS: Record<SprayType, string> = {
  hollow_cone: "Hollow cone",
  full_cone: "Full cone",
  flat_fan: "Flat fan",
  fine_mist: "Fine mist",
  solid_stream: "Solid stream",
};

export const FLAG_LABELS: Record<ValidityFlag, string> = {
  ohnesorge_out_of_range: "Ohnesorge range",
  high_viscosity: "High viscosity",
  pressure_out_of_range: "Pressure range",
  flammable: "Flammable",
  propellant_aerosol: "Propellant",
  spray_type_outside_correlation: "Outside correlation",
  outside_published_range: "Correlation range",
};

/** Flags that come from the fluid alone: the same on every row, so said once above the ranking. */
export const FLUID_FLAGS: readonly ValidityFlag[] = ["high_viscosity", "flammable", "propellant_aerosol"];

export function describeFlag(flag: ValidityFlag): string {
  return FLAG_DESCRIPTIONS[flag];
}

export function flagVariant(flag: ValidityFlag): "destructive" | "warning" {
  return flag === "flammable" || flag === "propellant_aerosol" ? "destructive" : "warning";
}
