import type { FluidClass } from "./calibration";
import { createRankContext, type EngineOptions, type RankContext } from "./context";
import { createEvaluation, type Evaluation, evaluateActuator } from "./evaluate";
import { MODEL_VERSION } from "./model-version";
import { buildRankedActuator, type RankedActuator } from "./ranked-actuator";
import { createRejectionSummary, type RejectionSummary, recordRejection } from "./rejections";
import type { Actuator, PredictionInput } from "./schemas";
import { createTopN, offerTopN, type TopN } from "./top-n";
import { listFlags, type ValidityFlag } from "./validity";

export interface RankResult {
  modelVersion: string;
  evaluatedCount: number;
  feasibleCount: number;
  fluidClass: FluidClass;
  // Flags that hold for every SKU because they come from the fluid alone.
  fluidFlags: ValidityFlag[];
  // Best first, at most options.topN.
  ranked: RankedActuator[];
  rejected: RejectionSummary;
}

// One pass over the catalog, O(n): each SKU is evaluated into a reused scratch object and only
// its score, pressure and index are kept; full results are built for the winners at the end.
// Catalog entries must already satisfy actuatorSchema (validated when the catalog is loaded).
export function rankActuators(input: PredictionInput, catalog: readonly Actuator[], options: EngineOptions = {}): RankResult {
  const ctx = createRankContext(input, options);
  const top = createTopN(ctx.options.topN);
  const rejected = createRejectionSummary();
  const evaluation = createEvaluation();
  for (let i = 0; i < catalog.length; i++) {
    evaluateActuator(ctx, catalog[i]!, evaluation);
    if (evaluation.rejection === null) offerTopN(top, evaluation.score, evaluation.pressurePa, i);
    else recordRejection(ctx, rejected, catalog[i]!, evaluation);
  }
  return {
    modelVersion: MODEL_VERSION,
    evaluatedCount: catalog.length,
    feasibleCount: catalog.length - rejected.total,
    fluidClass: ctx.fluidClass,
    fluidFlags: listFlags(ctx.fluidFlags),
    ranked: buildRanking(ctx, catalog, top, evaluation),
    rejected,
  };
}

function buildRanking(ctx: RankContext, catalog: readonly Actuator[], top: TopN, scratch: Evaluation): RankedActuator[] {
  const ranked: RankedActuator[] = [];
  for (let slot = 0; slot < top.size; slot++) {
    const actuator = catalog[top.indices[slot]!]!;
    ranked.push(buildRankedActuator(ctx, actuator, evaluateActuator(ctx, actuator, scratch)));
  }
  return ranked;
}
