import type { AccuracyDimension, AccuracyRow, ScatterRow } from "./accuracy-queries";

// The accuracy figures as the API shows them. Coverage is the share of measurements inside the
// predicted P10–P90: 80 % when the uncertainty is honest.

type QuantityFigures = {
  /** Results that measured it. */
  n: number;
  /** Mean of measured − predicted (log space for droplet size and flow: ln(measured / predicted)). */
  bias: number | null;
  /** Root mean square of the same errors. */
  rmse: number | null;
  /** Share of measurements inside the predicted P10–P90, 0–1. */
  coverage: number | null;
};

function quantity(n: string, bias: number | null, rmse: number | null, within: string): QuantityFigures {
  const count = Number(n);
  return { n: count, bias, rmse, coverage: count === 0 ? null : Number(within) / count };
}

/** One group's figures: droplet size (Dv50, log), cone (degrees), flow (log), and how often all matched. */
function presentFigures(row: AccuracyRow) {
  const matchedN = Number(row.matched_n);
  return {
    n: Number(row.n),
    droplet: quantity(row.droplet_n, row.droplet_bias, row.droplet_rmse, row.droplet_within),
    cone: quantity(row.cone_n, row.cone_bias, row.cone_rmse, row.cone_within),
    flow: quantity(row.flow_n, row.flow_bias, row.flow_rmse, row.flow_within),
    matched: { n: matchedN, share: matchedN === 0 ? null : Number(row.matched) / matchedN },
    passed: Number(row.passed),
    failed: Number(row.failed),
  };
}
export type AccuracyFigures = ReturnType<typeof presentFigures>;

const EMPTY: AccuracyFigures = {
  n: 0,
  droplet: { n: 0, bias: null, rmse: null, coverage: null },
  cone: { n: 0, bias: null, rmse: null, coverage: null },
  flow: { n: 0, bias: null, rmse: null, coverage: null },
  matched: { n: 0, share: null },
  passed: 0,
  failed: 0,
};

type Group = { key: string | null } & AccuracyFigures;

function groupsOf(rows: AccuracyRow[], dimension: AccuracyDimension): Group[] {
  return rows.filter((r) => r.grouped === dimension).map((r) => ({ key: r[dimension], ...presentFigures(r) }));
}

const byCount = (a: Group, b: Group) => b.n - a.n || String(a.key).localeCompare(String(b.key));
const byKey = (a: Group, b: Group) => String(a.key).localeCompare(String(b.key));

function presentPoint(row: ScatterRow) {
  const interval = (measured: number | null, p10: number, p50: number, p90: number) =>
    measured === null ? null : { measured, p10, p50, p90 };
  return {
    id: row.id,
    configurationId: row.configuration_id,
    actuatorSku: row.actuator_sku,
    createdAt: new Date(row.created_at).toISOString(),
    droplet: interval(row.droplet_measured, row.droplet_p10, row.droplet_p50, row.droplet_p90),
    cone: interval(row.cone_measured, row.cone_p10, row.cone_p50, row.cone_p90),
    flow: interval(row.flow_measured, row.flow_p10, row.flow_p50, row.flow_p90),
  };
}

/** GET /api/analytics/accuracy's body: the whole, each breakdown, and the latest points for the scatter. */
export function presentAccuracy(rows: AccuracyRow[], points: ScatterRow[], pointLimit: number) {
  const whole = rows.find((r) => r.grouped === null);
  const overall = whole ? presentFigures(whole) : EMPTY;
  return {
    overall,
    bySku: groupsOf(rows, "sku").sort(byCount),
    bySprayType: groupsOf(rows, "sprayType").sort(byCount),
    byFluidClass: groupsOf(rows, "fluidClass").sort(byCount),
    // The model version each prediction was made with: a later calibration version splits here the same way.
    byModelVersion: groupsOf(rows, "modelVersion").sort(byKey),
    overTime: groupsOf(rows, "period").sort(byKey),
    points: points.map(presentPoint),
    // The scatter shows the latest results only, when there are more.
    pointsCapped: overall.n > points.length && points.length === pointLimit,
  };
}
