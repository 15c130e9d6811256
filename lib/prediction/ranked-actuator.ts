import { MAX_CONE_DEG, MIN_CONE_DEG } from "./cone";
import type { RankContext } from "./context";
import type { Evaluation } from "./evaluate";
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
  span: number;
  rosinRammlerQ: number;
  coneDeg: Interval;
  smdMembersUm: { lefebvre1987: number; wangLefebvre1987: number };
  anchoredToVendor: boolean;
  calibrated: boolean;
  ohnesorge: number;
  flags: ValidityFlag[];
}

export function buildRankedActuator(ctx: RankContext, a: Actuator, ev: Evaluation): RankedActuator {
  const sigmas = resolveSigmas(ev.calibration);
  const smdUm = convertMToUm(ev.smdM);
  const smdSigma = combineSigmas(ev.smd.logSpread, sigmas.smdLog);
  const scaleSmd = (ratio: number) => computeLogInterval(smdUm * ratio, smdSigma);
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
    rosinRammlerQ: ev.ratios.q,
    coneDeg: computeLinearInterval(ev.coneDeg, sigmas.coneDeg, MIN_CONE_DEG, MAX_CONE_DEG),
    smdMembersUm: {
      lefebvre1987: convertMToUm(ev.smd.lefebvreM),
      wangLefebvre1987: convertMToUm(ev.smd.wangLefebvreM),
    },
    anchoredToVendor: ev.smd.anchored,
    calibrated: ev.calibration !== undefined,
    ohnesorge: ev.ohnesorge,
    flags: listFlags(ev.flags),
  };
}

// Flow uncertainty at fixed pressure becomes pressure uncertainty at fixed (target) flow:
// ΔP ∝ Q^(1/n), so σ_ln ΔP = σ_ln Q / n. Without a flow target the pressure is chosen, not
// predicted, and carries no interval.
function computePressureInterval(ctx: RankContext, a: Actuator, ev: Evaluation, flowSigma: number): Interval {
  const bar = convertPaToBar(ev.pressurePa);
  if (ctx.targetFlowM3s === null) return { p10: bar, p50: bar, p90: bar };
  return computeLogInterval(bar, flowSigma / resolveFlowExponent(a));
}
