import type { SprayType } from "../schemas";
import { VALIDATION_POINTS, type ValidationPoint } from "./measurements";
import { type AccuracyMetrics, computeAccuracyMetrics, type ScoredPoint } from "./metrics";
import { predictPoint } from "./predict-point";

export interface ScoredValidationPoint extends ScoredPoint {
  point: ValidationPoint;
  logSpread: number;
}

export interface AccuracyGroup {
  dataSet: string;
  sprayType: SprayType;
  all: AccuracyMetrics;
  holdout: AccuracyMetrics;
}

export function scoreValidationPoints(points: readonly ValidationPoint[] = VALIDATION_POINTS): ScoredValidationPoint[] {
  return points.map((point) => {
    const { dv50Um, logSpread } = predictPoint(point);
    return { point, logSpread, measuredUm: point.measuredDv50Um, predicted: dv50Um };
  });
}

function summarize(dataSet: string, sprayType: SprayType, rows: readonly ScoredValidationPoint[]): AccuracyGroup {
  return {
    dataSet,
    sprayType,
    all: computeAccuracyMetrics(rows),
    holdout: computeAccuracyMetrics(rows.filter((r) => r.point.split === "holdout")),
  };
}

// One group per data set × family, then one per family over all data sets ("all").
export function listAccuracyGroups(rows: readonly ScoredValidationPoint[]): AccuracyGroup[] {
  const keys = [...new Set(rows.map((r) => `${r.point.dataSet}|${r.point.nozzle.sprayType}`))];
  const perSet = keys.map((key) => {
    const [dataSet, sprayType] = key.split("|") as [string, SprayType];
    return summarize(
      dataSet,
      sprayType,
      rows.filter((r) => r.point.dataSet === dataSet && r.point.nozzle.sprayType === sprayType),
    );
  });
  const families = [...new Set(rows.map((r) => r.point.nozzle.sprayType))];
  const perFamily = families.map((f) =>
    summarize(
      "all",
      f,
      rows.filter((r) => r.point.nozzle.sprayType === f),
    ),
  );
  return [...perSet, ...perFamily];
}
