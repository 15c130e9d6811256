import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";

// A tenant's activity per UTC day, every day of the range present (zero when nothing happened).

type UsageRow = {
  day: string;
  configurations_created: string;
  rankings_run: string;
  exports: string;
  api_calls: string;
  active_members: string;
  feedback_submitted: string;
};

export type UsageDay = {
  day: string;
  /** Configurations saved that day (archived ones included). */
  configurationsCreated: number;
  /**
   * Rankings the engine ran and stored: a configuration created, or its fluid or targets
   * changed. Unsaved predictions (POST /api/configurations/predict) are not recorded anywhere.
   */
  rankingsRun: number;
  /** CSV exports of the configuration list (audit rows of configuration.export). */
  exports: number;
  /** Calls made with the tenant's API keys. */
  apiCalls: number;
  /** Members with a sign-in session active that day: started by its end and last seen from its start. */
  activeMembers: number;
  /** Lab results recorded that day. */
  feedbackSubmitted: number;
};

const startOf = (day: string) => sql`(${day}::date)::timestamp at time zone 'UTC'`;
const endOf = (day: string) => sql`(${day}::date + 1)::timestamp at time zone 'UTC'`;
const dayOf = (column: string) => sql`(${sql.identifier(column)} at time zone 'UTC')::date`;

/** One row per day from `from` to `to` (both included). */
export async function listUsageDays(db: DbOrTx, tenantId: string, from: string, to: string): Promise<UsageDay[]> {
  const within = (column: string) =>
    sql`tenant_id = ${tenantId} and ${sql.identifier(column)} >= ${startOf(from)} and ${sql.identifier(column)} < ${endOf(to)}`;
  const rows = await db.execute<UsageRow>(sql`
    with days as (select d::date as day from generate_series(${from}::date, ${to}::date, interval '1 day') d),
    created as (
      select ${dayOf("created_at")} as day, count(*) as n from configurations where ${within("created_at")} group by 1),
    ranked as (
      select ${dayOf("created_at")} as day, count(*) as n from configuration_versions
      where ${within("created_at")} and (changes ? 'fluid' or changes ? 'targets' or (changes ? 'created' and not changes ? 'duplicatedFrom'))
      group by 1),
    exported as (
      select ${dayOf("created_at")} as day, count(*) as n from audit_logs
      where ${within("created_at")} and action = 'configuration.export' group by 1),
    called as (
      select day, sum(count) as n from api_key_usage where tenant_id = ${tenantId} and day between ${from}::date and ${to}::date group by 1),
    active as (
      select days.day, count(distinct s.user_id) as n from days
      join sessions s on s.tenant_id = ${tenantId}
        and s.started_at < (days.day + 1)::timestamp at time zone 'UTC'
        and greatest(s.last_activity_at, s.ended_at) >= days.day::timestamp at time zone 'UTC'
      group by 1),
    recorded as (
      select ${dayOf("created_at")} as day, count(*) as n from feedback where ${within("created_at")} group by 1)
    select to_char(days.day, 'YYYY-MM-DD') as day,
           coalesce(created.n, 0) as configurations_created, coalesce(ranked.n, 0) as rankings_run,
           coalesce(exported.n, 0) as exports, coalesce(called.n, 0) as api_calls,
           coalesce(active.n, 0) as active_members, coalesce(recorded.n, 0) as feedback_submitted
    from days
    left join created using (day) left join ranked using (day) left join exported using (day)
    left join called using (day) left join active using (day) left join recorded using (day)
    order by days.day`);
  return rows.map((r) => ({
    day: r.day,
    configurationsCreated: Number(r.configurations_created),
    rankingsRun: Number(r.rankings_run),
    exports: Number(r.exports),
    apiCalls: Number(r.api_calls),
    activeMembers: Number(r.active_members),
    feedbackSubmitted: Number(r.feedback_submitted),
  }));
}

/** Distinct members active at any time in the range (a day's counts do not add up to it). */
export async function countActiveMembers(db: DbOrTx, tenantId: string, from: string, to: string): Promise<number> {
  const [row] = await db.execute<{ n: string }>(sql`
    select count(distinct user_id) as n from sessions
    where tenant_id = ${tenantId} and started_at < ${endOf(to)} and greatest(last_activity_at, ended_at) >= ${startOf(from)}`);
  return Number(row?.n ?? 0);
}
