import { and, desc, eq, gte, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { feedback, feedbackAggregates } from "@/db/schema";

export type FeedbackRow = typeof feedback.$inferSelect;

/** A cross-tenant aggregate is shown only when at least this many tenants contributed to it. */
const MIN_AGGREGATE_TENANTS = 3;

export async function getFeedbackRow(db: DbOrTx, tenantId: string, id: string, { forUpdate = false } = {}): Promise<FeedbackRow | null> {
  const query = db
    .select()
    .from(feedback)
    .where(and(eq(feedback.tenantId, tenantId), eq(feedback.id, id)));
  const [row] = forUpdate ? await query.for("update") : await query;
  return row ?? null;
}

/** A configuration's lab results, newest first. */
export async function listFeedbackForConfiguration(db: DbOrTx, tenantId: string, configurationId: string): Promise<FeedbackRow[]> {
  return db
    .select()
    .from(feedback)
    .where(and(eq(feedback.tenantId, tenantId), eq(feedback.configurationId, configurationId)))
    .orderBy(desc(feedback.createdAt), desc(feedback.id))
    .limit(500);
}

/** The anonymised aggregates of these SKUs with one fluid that enough tenants contributed to. */
export async function listVisibleAggregates(db: DbOrTx, fluidId: string | null, skus: readonly string[]) {
  if (fluidId === null || skus.length === 0) return [];
  return db
    .select({
      actuatorSku: feedbackAggregates.actuatorSku,
      totalTests: feedbackAggregates.totalTests,
      passCount: feedbackAggregates.passCount,
      failCount: feedbackAggregates.failCount,
      tenantCount: feedbackAggregates.tenantCount,
      coneAngleRmse: sql<number | null>`${feedbackAggregates.coneAngleRmse}::float8`,
      dropletSizeRmse: sql<number | null>`${feedbackAggregates.dropletSizeRmse}::float8`,
      lastUpdated: feedbackAggregates.lastUpdated,
    })
    .from(feedbackAggregates)
    .where(
      and(
        eq(feedbackAggregates.fluidId, fluidId),
        inArray(feedbackAggregates.actuatorSku, [...skus]),
        gte(feedbackAggregates.tenantCount, MIN_AGGREGATE_TENANTS),
      ),
    );
}
