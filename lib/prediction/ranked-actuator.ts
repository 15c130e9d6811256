import { MAX_CONE_DEG, MIN_CONE_DEG } from "./cone";
import type { RankContext } from "./context";
import { computeVolumeFractionBelow } from "./distribution";
import { classifyDroplets, type DropletClasses } from "./droplet-class";
import type { Evaluation } from "./evaluate";
import { type DropletCorrelation, FAMILY_MODELS } from "./family-droplet";
import { resolveFlowExponent } from "./flow";
import type { Actuator, SprayType, Supplier } from "./schemas";
import { combineSigmas, computeLinearInterval, computeLogInterval, type Interval, resolveSigmas } from "./uncertainty";
import { convertM3sToMlMin, convertMToUm, convertPaToBar } from "./units";
import { listFlags, type ValidityFlag } from "./validity";

export interface RankedActuator {
  sku: string;
  supplier: Supplier;
  sprayType: SprayType;
  score: number;
  // null when the request has no such target.
  withinTolerance: { droplet: boolean | null; cone: boolean | null };
  requiredPressureBar: Interval;
  flowMlMin: Interval;
  smdUm: Interval;
  dv10Um: Interval;
  dv50Um: Interval;
  dv90Um: Interval;
  // Relative span (Dv90 − Dv10) / Dv50.
  span: number;
  rosinRammlerQ: number;
  // Driftable fines: volume share of the spray in drops below 100, 150 and 200 µm (median, 0–1).
  volumeFractionBelow: { um100: number; um150: number; um200: number };
  dropletClass: DropletClasses;
  coneDeg: Interval;
  dropletCorrelation: DropletCorrelation;
  // The correlations behind the SMD, by name (two for the swirl ensemble, one otherwise).
  smdMembersUm: Record<string, number>;
  anchoredToVendor: boolean;
  calibrated: boolean;
  ohnesorge: number;
  flags: ValidityFlag[];
}

export function buildRankedActuator(ctx: RankContext, a: Actuator, ev: Evaluation): RankedActuator {
  const family = FAMILY_MODELS[a.sprayType];
  const sigmas = resolveSigmas(ev.calibration, family.smdSigma);
  const smdUm = convertMToUm(ev.smdM);
  // A calibrated σ is measured against the ensemble's median, so it already holds the spread.
  const smdSigma = ev.calibration?.smdSigma ?? combineSigmas(ev.smd.logSpread, sigmas.smdLog);
  const scaleSmd = (ratio: number) => computeLogInterval(smdUm * ratio, smdSigma);
  const q = ev.ratios.q;
  return {
    sku: a.sku,
    supplier: a.supplier,
    sprayType: a.sprayType,
    score: ev.score,
    withinTolerance: {
      droplet: ev.dropletError === null ? null : ev.dropletError <= 1,
      cone: ev.coneError === null ? null : ev.coneError <= 1,
    },
    requiredPressureBar: computePressureInterval(ctx, a, ev, sigmas.flowLog),
    flowMlMin: computeLogInterval(convertM3sToMlMin(ev.flowM3s), sigmas.flowLog),
    smdUm: scaleSmd(1),
    dv10Um: scaleSmd(ev.ratios.dv10),
    dv50Um: scaleSmd(ev.ratios.dv50),
    dv90Um: scaleSmd(ev.ratios.dv90),
    span: ev.ratios.span,
    rosinRammlerQ: q,
    volumeFractionBelow: {
      um100: computeVolumeFractionBelow(100, smdUm, q),
      um150: computeVolumeFractionBelow(150, smdUm, q),
      um200: computeVolumeFractionBelow(200, smdUm, q),
    },
    dropletClass: classifyDroplets(a.sprayType, smdUm * ev.ratios.dv10, smdUm * ev.ratios.dv50),
    coneDeg: computeLinearInterval(ev.coneDeg, sigmas.coneDeg, MIN_CONE_DEG, MAX_CONE_DEG),
    dropletCorrelation: family.correlation,
    smdMembersUm: listSmdMembersUm(family.correlation, ev),
    anchoredToVendor: ev.smd.anchored,
    calibrated: ev.calibration !== undefined,
    ohnesorge: ev.ohnesorge,
    flags: listFlags(ev.flags),
  };
}

function listSmdMembersUm(correlation: DropletCorrelation, ev: Evaluation): Record<string, number> {
  switch (correlation) {
    case "pressure_swirl_ensemble":
      return { lefebvre1987: convertMToUm(ev.smd.lefebvreM), wangLefebvre1987: convertMToUm(ev.smd.wangLefebvreM) };
    case "fan_spray_1989":
      return { snyderSenserLefebvre1989: convertMToUm(ev.smd.lefebvreM) };
    case "rayleigh_jet":
      return { rayleigh1878: convertMToUm(ev.smd.lefebvreM) };
  }
}

// Flow uncertainty at fixed pressure becomes pressure uncertainty at fixed (target) flow:
// ΔP ∝ Q^(1/n), so σ_ln ΔP = σ_ln Q / n. Without a flow target the pressure is chosen, not
// predicted, and carries no interval.
function computePressureInterval(ctx: RankContext, a: Actuator, ev: Evaluation, flowSigma: number): Interval {
  const bar = convertPaToBar(ev.pressurePa);
  if (ctx.targetFlowM3s === null) return { p10: bar, p50: bar, p90: bar };
  return computeLogInterval(bar, flowSigma / resolveFlowExponent(a));
}
