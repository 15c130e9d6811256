import { computeSmdEnsemble, type SmdEnsemble } from "./droplet";
import { computeFanSpraySmdM, FAN_SPRAY_PRESSURE_RANGE_PA } from "./fan-spray";
import { computeRayleighSmdM, isOutsideRayleighRegime } from "./jet-breakup";
import type { Actuator, SprayType } from "./schemas";
import { convertBarToPa, convertMmToM, convertUmToM, type FluidSi } from "./units";
import { WATER_SI } from "./water";

// Each nozzle family has its own droplet correlation (docs/prediction.md, section 2).
export type DropletCorrelation = "pressure_swirl_ensemble" | "fan_spray_1989" | "rayleigh_jet";

export interface FamilyModel {
  correlation: DropletCorrelation;
  // ln of a level factor fitted on the validation suite's fit split (0 where it has no data);
  // applied only when no vendor SMD anchors the level.
  logCorrection: number;
  // Default 1σ log residual of SMD before lab calibration, beyond the ensemble spread.
  smdSigma: number;
  // "fit_split": sized from the validation residuals; "provisional": no measurements yet.
  sigmaBasis: "fit_split" | "provisional";
}

export const FAMILY_MODELS: Record<SprayType, FamilyModel> = {
  hollow_cone: { correlation: "pressure_swirl_ensemble", logCorrection: 0, smdSigma: 0.15, sigmaBasis: "provisional" },
  fine_mist: { correlation: "pressure_swirl_ensemble", logCorrection: 0, smdSigma: 0.15, sigmaBasis: "provisional" },
  full_cone: { correlation: "pressure_swirl_ensemble", logCorrection: 0.335, smdSigma: 0.317, sigmaBasis: "fit_split" },
  flat_fan: { correlation: "fan_spray_1989", logCorrection: 0.0885, smdSigma: 0.131, sigmaBasis: "fit_split" },
  solid_stream: { correlation: "rayleigh_jet", logCorrection: 0, smdSigma: 0.3, sigmaBasis: "provisional" },
};

// Fills `out` like computeSmdEnsemble; the ranking calls it for every SKU.
export function computeFamilySmd(
  a: Actuator,
  fluid: FluidSi,
  pressurePa: number,
  flowM3s: number,
  coneDeg: number,
  out: SmdEnsemble,
): SmdEnsemble {
  const model = FAMILY_MODELS[a.sprayType];
  if (model.correlation === "pressure_swirl_ensemble") {
    computeSmdEnsemble(a, fluid, pressurePa, fluid.densityKgM3 * flowM3s, coneDeg, out);
    out.outsideRange = false;
  } else {
    computeSingleCorrelation(a, model.correlation, fluid, pressurePa, flowM3s, out);
  }
  if (!out.anchored && model.logCorrection !== 0) out.smdM *= Math.exp(model.logCorrection);
  return out;
}

function computeSingleCorrelation(
  a: Actuator,
  correlation: Exclude<DropletCorrelation, "pressure_swirl_ensemble">,
  fluid: FluidSi,
  pressurePa: number,
  flowM3s: number,
  out: SmdEnsemble,
): void {
  const orificeM = convertMmToM(a.orificeDiameterMm);
  let smd: number;
  if (correlation === "fan_spray_1989") {
    // The catalog's orifice diameter stands for the hydraulic mean diameter d_h.
    smd = computeFanSpraySmdM(fluid, pressurePa, orificeM);
    out.outsideRange = pressurePa < FAN_SPRAY_PRESSURE_RANGE_PA.min || pressurePa > FAN_SPRAY_PRESSURE_RANGE_PA.max;
  } else {
    smd = computeRayleighSmdM(orificeM);
    out.outsideRange = isOutsideRayleighRegime(fluid, orificeM, flowM3s);
  }
  out.anchored = a.vendorSmdUm != null;
  if (a.vendorSmdUm != null) {
    // The vendor's level, the correlation's trend, as for the swirl members.
    const reference = correlation === "fan_spray_1989" ? computeFanSpraySmdM(WATER_SI, convertBarToPa(a.refPressureBar), orificeM) : smd;
    smd *= convertUmToM(a.vendorSmdUm) / reference;
  }
  out.lefebvreM = smd;
  out.wangLefebvreM = smd;
  out.smdM = smd;
  out.logSpread = 0;
}
