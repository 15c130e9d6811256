import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { usageCounters } from "@/db/schema";
import { countConfigurationsCreatedSince } from "@/lib/configurations/queries";
import { countMembers, countPendingInvitations } from "@/lib/tenants/queries";
import { assertWithinLimit, LIMIT_LABELS, type LimitName, PLANS, type PlanId, UNLIMITED } from "./plans";

/** Limits counted by incrementing a counter at the point of use (the others are counted rows). */
export type MeteredLimit = Extract<LimitName, "api_calls_per_month" | "export_requests_per_day">;

export type UsageMeter = { limit: LimitName; label: string; used: number; allowed: number; periodStart: string | null };

function startOfMonthUtc(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

function startOfDayUtc(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** The window a limit is counted over; seats are not a per-period limit. */
function usagePeriodStart(limit: LimitName, now = new Date()): Date | null {
  if (limit === "max_users") return null;
  return limit === "export_requests_per_day" ? startOfDayUtc(now) : startOfMonthUtc(now);
}

async function readCounter(db: DbOrTx, tenantId: string, metric: MeteredLimit, periodStart: Date): Promise<number> {
  const [row] = await db
    .select({ count: usageCounters.count })
    .from(usageCounters)
    .where(and(eq(usageCounters.tenantId, tenantId), eq(usageCounters.metric, metric), eq(usageCounters.periodStart, periodStart)));
  return row?.count ?? 0;
}

/** How much of one limit a tenant has used in the current period. Run in the tenant's transaction. */
export async function countUsage(db: DbOrTx, tenantId: string, limit: LimitName, now = new Date()): Promise<number> {
  switch (limit) {
    case "max_users":
      return (await countMembers(db, tenantId)) + (await countPendingInvitations(db, tenantId));
    case "configurations_per_month":
      return countConfigurationsCreatedSince(db, tenantId, startOfMonthUtc(now));
    case "api_calls_per_month":
    case "export_requests_per_day":
      return readCounter(db, tenantId, limit, usagePeriodStart(limit, now)!);
  }
}

/** Throws 402 plan_limit when adding `adding` would pass the plan's limit. */
export async function assertQuota(db: DbOrTx, tenantId: string, plan: PlanId, limit: LimitName, adding = 1): Promise<void> {
  if (PLANS[plan].limits[limit] === UNLIMITED) return;
  assertWithinLimit(plan, limit, await countUsage(db, tenantId, limit), adding);
}

/**
 * Counts one use of a metered limit, refusing it (402) once the period's allowance is spent.
 * The increment and the check are one statement, so concurrent calls cannot overshoot.
 */
export async function consumeQuota(db: DbOrTx, tenantId: string, plan: PlanId, limit: MeteredLimit, now = new Date()): Promise<number> {
  const allowed = PLANS[plan].limits[limit];
  const periodStart = usagePeriodStart(limit, now)!;
  const ceiling = allowed === UNLIMITED ? Number.MAX_SAFE_INTEGER : allowed;
  const [row] = await db
    .insert(usageCounters)
    .values({ tenantId, metric: limit, periodStart, count: 1 })
    .onConflictDoUpdate({
      target: [usageCounters.tenantId, usageCounters.metric, usageCounters.periodStart],
      set: { count: sql`${usageCounters.count} + 1`, updatedAt: now },
      setWhere: sql`${usageCounters.count} < ${ceiling}`,
    })
    .returning({ count: usageCounters.count });
  if (!row || row.count > ceiling) assertWithinLimit(plan, limit, allowed);
  return row!.count;
}

/** Every limit of the plan with its usage, for the billing page's meters. */
export async function listUsageMeters(db: DbOrTx, tenantId: string, plan: PlanId, now = new Date()): Promise<UsageMeter[]> {
  const limits = Object.keys(LIMIT_LABELS) as LimitName[];
  return Promise.all(
    limits.map(async (limit) => ({
      limit,
      label: LIMIT_LABELS[limit],
      used: await countUsage(db, tenantId, limit, now),
      allowed: PLANS[plan].limits[limit],
      periodStart: usagePeriodStart(limit, now)?.toISOString() ?? null,
    })),
  );
}
