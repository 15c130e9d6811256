import type { z } from "zod";
import type { DbOrTx } from "@/db/client";
import type { usageReportSchema } from "./response-schemas";
import { resolveUsageRange, type UsageQuery } from "./schemas";
import { countActiveMembers, listUsageDays } from "./usage-queries";

/** GET /api/analytics/usage: the tenant's activity per day over the range, and its totals. */
export async function getUsageReport(
  db: DbOrTx,
  tenantId: string,
  query: UsageQuery,
  now = new Date(),
): Promise<z.input<typeof usageReportSchema>> {
  const { from, to } = resolveUsageRange(query, now);
  const [days, activeMembers] = await Promise.all([listUsageDays(db, tenantId, from, to), countActiveMembers(db, tenantId, from, to)]);
  const sum = (pick: (d: (typeof days)[number]) => number) => days.reduce((total, d) => total + pick(d), 0);
  return {
    from,
    to,
    days,
    totals: {
      configurationsCreated: sum((d) => d.configurationsCreated),
      rankingsRun: sum((d) => d.rankingsRun),
      exports: sum((d) => d.exports),
      apiCalls: sum((d) => d.apiCalls),
      activeMembers,
      feedbackSubmitted: sum((d) => d.feedbackSubmitted),
      // Lab results per configuration created in the range: how often a ranking is tried out.
      feedbackPerConfiguration:
        sum((d) => d.configurationsCreated) === 0 ? null : sum((d) => d.feedbackSubmitted) / sum((d) => d.configurationsCreated),
    },
  };
}
