import { type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { AccuracyQuery } from "./schemas";

// A tenant's predictions against its lab measurements. The figures add up from the daily sums
// (feedback_accuracy_daily: errors measured − predicted P50, in log space for droplet size and
// flow, in degrees for cone), in one pass with GROUPING SETS: the whole and each breakdown.
// Dates filter by UTC day, which is the grain of the sums.

/** The breakdowns, each one column of the sums. A new one (a calibration version) is a column there and one line here. */
const DIMENSIONS = {
  sku: sql`d.actuator_sku`,
  sprayType: sql`a.spray_type::text`,
  fluidClass: sql`d.fluid_class`,
  modelVersion: sql`d.model_version`,
  period: sql`to_char(date_trunc(b.unit, d.day), 'YYYY-MM-DD')`,
} as const satisfies Record<string, SQL>;

export type AccuracyDimension = keyof typeof DIMENSIONS;
const DIMENSION_NAMES = Object.keys(DIMENSIONS) as AccuracyDimension[];

/** The measured droplet size compared with Dv50: as lib/feedback/accuracy.ts getMeasuredDropletUm. */
const MEASURED_DROPLET = sql`coalesce(f.dv50_um, sqrt(f.droplet_size_min_um * f.droplet_size_max_um))`;
const MEASURED_FLOW = sql`f.flow_rate_actual_ml_min::float8`;

type Columns = { tenant: SQL; sku: SQL; fluidClass: SQL; modelVersion: SQL; from: (day: string) => SQL; to: (day: string) => SQL };

function filtersOf(q: AccuracyQuery, tenantId: string, c: Columns): SQL {
  const conditions = [sql`${c.tenant} = ${tenantId}`];
  if (q.from) conditions.push(c.from(q.from));
  if (q.to) conditions.push(c.to(q.to));
  if (q.sku) conditions.push(sql`${c.sku} = ${q.sku}`);
  if (q.sprayType) conditions.push(sql`a.spray_type = ${q.sprayType}`);
  if (q.fluidClass) conditions.push(sql`${c.fluidClass} = ${q.fluidClass}`);
  if (q.modelVersion) conditions.push(sql`${c.modelVersion} = ${q.modelVersion}`);
  return sql.join(conditions, sql` and `);
}

const ON_SUMS: Columns = {
  tenant: sql`d.tenant_id`,
  sku: sql`d.actuator_sku`,
  fluidClass: sql`d.fluid_class`,
  modelVersion: sql`d.model_version`,
  from: (day) => sql`d.day >= ${day}::date`,
  to: (day) => sql`d.day <= ${day}::date`,
};

const ON_RESULTS: Columns = {
  tenant: sql`f.tenant_id`,
  sku: sql`f.actuator_sku`,
  fluidClass: sql`f.fluid_class`,
  modelVersion: sql`f.model_version`,
  from: (day) => sql`f.created_at >= (${day}::date)::timestamp at time zone 'UTC'`,
  to: (day) => sql`f.created_at < (${day}::date + 1)::timestamp at time zone 'UTC'`,
};

/** One group's figures as Postgres returns them (float8 as numbers, sums of counts as text). */
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

/** Mean and root mean square of one quantity's errors, and its counts. */
function quantity(name: "droplet" | "cone" | "flow"): SQL {
  const col = (suffix: string) => sql.identifier(`${name}_${suffix}`);
  return sql`sum(${col("n")}) as ${col("n")},
    sum(${col("sum")}) / nullif(sum(${col("n")}), 0)::float8 as ${col("bias")},
    sqrt(sum(${col("sum_sq")}) / nullif(sum(${col("n")}), 0)::float8) as ${col("rmse")},
    sum(${col("within")}) as ${col("within")}`;
}

/** The whole and every breakdown of the tenant's results that pass the filters. */
export async function listAccuracyBreakdowns(db: DbOrTx, tenantId: string, q: AccuracyQuery): Promise<AccuracyRow[]> {
  const columns = DIMENSION_NAMES.map((name) => sql`${DIMENSIONS[name]} as ${sql.identifier(name)}`);
  const names = sql.join(
    DIMENSION_NAMES.map((name) => sql.identifier(name)),
    sql`, `,
  );
  const sets = DIMENSION_NAMES.map((name) => sql`(${sql.identifier(name)})`);
  const rows = await db.execute<AccuracyRow>(sql`
    with r as (
      select ${sql.join(columns, sql`, `)}, d.*
      from feedback_accuracy_daily d
      cross join (select ${q.bucket}::text as unit) b
      left join actuators a on a.sku = d.actuator_sku
      where ${filtersOf(q, tenantId, ON_SUMS)}
    )
    select ${groupedCase()} as grouped, ${names}, sum(n) as n,
           ${quantity("droplet")}, ${quantity("cone")}, ${quantity("flow")},
           sum(matched_n) as matched_n, sum(matched) as matched, sum(passed) as passed, sum(failed) as failed
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
    where ${filtersOf(q, tenantId, ON_RESULTS)}
    order by f.created_at desc, f.id desc
    limit ${limit}`);
  return [...rows];
}
