import { type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { AccuracyQuery } from "./schemas";

// A tenant's predictions against its lab measurements, aggregated in one pass over its results
// (GROUPING SETS: the whole, and each breakdown). Errors are measured − predicted P50: in log
// space for droplet size (Dv50) and flow, whose errors are proportional, in degrees for cone.

/** The breakdowns, each one column of the results. A new one (a calibration version) is one line here. */
const DIMENSIONS = {
  sku: sql`f.actuator_sku`,
  sprayType: sql`a.spray_type::text`,
  fluidClass: sql`f.fluid_class`,
  modelVersion: sql`f.model_version`,
  period: sql`to_char(date_trunc(f_bucket.unit, f.created_at at time zone 'UTC'), 'YYYY-MM-DD')`,
} as const satisfies Record<string, SQL>;

export type AccuracyDimension = keyof typeof DIMENSIONS;
const DIMENSION_NAMES = Object.keys(DIMENSIONS) as AccuracyDimension[];

/** The measured droplet size compared with Dv50: as lib/feedback/accuracy.ts getMeasuredDropletUm. */
const MEASURED_DROPLET = sql`coalesce(f.dv50_um, sqrt(f.droplet_size_min_um * f.droplet_size_max_um))`;
const MEASURED_FLOW = sql`f.flow_rate_actual_ml_min::float8`;

function filtersOf(tenantId: string, q: AccuracyQuery): SQL {
  const conditions = [sql`f.tenant_id = ${tenantId}`];
  if (q.from) conditions.push(sql`f.created_at >= (${q.from}::date)::timestamp at time zone 'UTC'`);
  if (q.to) conditions.push(sql`f.created_at < (${q.to}::date + 1)::timestamp at time zone 'UTC'`);
  if (q.sku) conditions.push(sql`f.actuator_sku = ${q.sku}`);
  if (q.sprayType) conditions.push(sql`a.spray_type = ${q.sprayType}`);
  if (q.fluidClass) conditions.push(sql`f.fluid_class = ${q.fluidClass}`);
  if (q.modelVersion) conditions.push(sql`f.model_version = ${q.modelVersion}`);
  return sql.join(conditions, sql` and `);
}

/** One group's figures as Postgres returns them (float8 and bigint as text). */
export type AccuracyRow = Record<AccuracyDimension, string | null> & {
  grouped: AccuracyDimension | null;
  n: string;
  droplet_n: string;
  droplet_bias: number | null;
  droplet_rmse: number | null;
  droplet_within: string;
  cone_n: string;
  cone_bias: number | null;
  cone_rmse: number | null;
  cone_within: string;
  flow_n: string;
  flow_bias: number | null;
  flow_rmse: number | null;
  flow_within: string;
  matched_n: string;
  matched: string;
  passed: string;
  failed: string;
};

/** Which breakdown a row of the grouping sets belongs to: the one dimension grouped, or null for the whole. */
function groupedCase(): SQL {
  const whens = DIMENSION_NAMES.map((name) => sql`when grouping(${sql.identifier(name)}) = 0 then ${name}`);
  return sql`case ${sql.join(whens, sql` `)} end`;
}

/** The whole and every breakdown of the tenant's results that pass the filters, in one scan. */
export async function listAccuracyGroups(db: DbOrTx, tenantId: string, q: AccuracyQuery): Promise<AccuracyRow[]> {
  const columns = DIMENSION_NAMES.map((name) => sql`${DIMENSIONS[name]} as ${sql.identifier(name)}`);
  const sets = DIMENSION_NAMES.map((name) => sql`(${sql.identifier(name)})`);
  const rows = await db.execute<AccuracyRow>(sql`
    with r as (
      select ${sql.join(columns, sql`, `)},
             ln(${MEASURED_DROPLET} / f.predicted_dv50_p50_um) as droplet_err,
             ${MEASURED_DROPLET} between f.predicted_dv50_p10_um and f.predicted_dv50_p90_um as droplet_in,
             f.spray_cone_angle_actual - f.predicted_cone_p50_deg as cone_err,
             f.spray_cone_angle_actual between f.predicted_cone_p10_deg and f.predicted_cone_p90_deg as cone_in,
             ln(${MEASURED_FLOW} / f.predicted_flow_p50_ml_min) as flow_err,
             ${MEASURED_FLOW} between f.predicted_flow_p10_ml_min and f.predicted_flow_p90_ml_min as flow_in,
             f.prediction_matched, f.pass_fail
      from feedback f
      cross join (select ${q.bucket}::text as unit) f_bucket
      left join actuators a on a.sku = f.actuator_sku
      where ${filtersOf(tenantId, q)}
    )
    select ${groupedCase()} as grouped, ${sql.join(
      DIMENSION_NAMES.map((name) => sql.identifier(name)),
      sql`, `,
    )},
           count(*) as n,
           count(droplet_err) as droplet_n, avg(droplet_err) as droplet_bias, sqrt(avg(droplet_err ^ 2)) as droplet_rmse,
           count(*) filter (where droplet_in) as droplet_within,
           count(cone_err) as cone_n, avg(cone_err) as cone_bias, sqrt(avg(cone_err ^ 2)) as cone_rmse,
           count(*) filter (where cone_in) as cone_within,
           count(flow_err) as flow_n, avg(flow_err) as flow_bias, sqrt(avg(flow_err ^ 2)) as flow_rmse,
           count(*) filter (where flow_in) as flow_within,
           count(prediction_matched) as matched_n, count(*) filter (where prediction_matched) as matched,
           count(*) filter (where pass_fail = 'pass') as passed, count(*) filter (where pass_fail = 'fail') as failed
    from r
    group by grouping sets ((), ${sql.join(sets, sql`, `)})`);
  return [...rows];
}

export type ScatterRow = {
  id: string;
  configuration_id: string;
  actuator_sku: string;
  created_at: string;
  droplet_measured: number | null;
  droplet_p10: number;
  droplet_p50: number;
  droplet_p90: number;
  cone_measured: number | null;
  cone_p10: number;
  cone_p50: number;
  cone_p90: number;
  flow_measured: number | null;
  flow_p10: number;
  flow_p50: number;
  flow_p90: number;
};

/** The latest results that pass the filters, predicted beside measured, for the scatter chart. */
export async function listAccuracyPoints(db: DbOrTx, tenantId: string, q: AccuracyQuery, limit: number): Promise<ScatterRow[]> {
  const rows = await db.execute<ScatterRow>(sql`
    select f.id, f.configuration_id, f.actuator_sku, f.created_at,
           ${MEASURED_DROPLET} as droplet_measured,
           f.predicted_dv50_p10_um as droplet_p10, f.predicted_dv50_p50_um as droplet_p50, f.predicted_dv50_p90_um as droplet_p90,
           f.spray_cone_angle_actual as cone_measured,
           f.predicted_cone_p10_deg as cone_p10, f.predicted_cone_p50_deg as cone_p50, f.predicted_cone_p90_deg as cone_p90,
           ${MEASURED_FLOW} as flow_measured,
           f.predicted_flow_p10_ml_min as flow_p10, f.predicted_flow_p50_ml_min as flow_p50, f.predicted_flow_p90_ml_min as flow_p90
    from feedback f
    left join actuators a on a.sku = f.actuator_sku
    where ${filtersOf(tenantId, q)}
    order by f.created_at desc, f.id desc
    limit ${limit}`);
  return [...rows];
}
