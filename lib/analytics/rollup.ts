import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";

// The daily accuracy sums the accuracy report reads (db/schema/analytics.ts), kept exact by
// recomputing the keys a feedback write touched, in its transaction.

/** What places a lab result in the sums. */
export type AccuracyKey = { createdAt: Date; actuatorSku: string; fluidClass: string; modelVersion: string };

const sameKey = (a: AccuracyKey, b: AccuracyKey) =>
  a.createdAt.toISOString().slice(0, 10) === b.createdAt.toISOString().slice(0, 10) &&
  a.actuatorSku === b.actuatorSku &&
  a.fluidClass === b.fluidClass &&
  a.modelVersion === b.modelVersion;

/** Recomputes the sums of every key given (a result before and after an edit), each once. */
export async function refreshAccuracySums(db: DbOrTx, tenantId: string, keys: readonly AccuracyKey[]): Promise<void> {
  const distinct = keys.filter((key, i) => keys.findIndex((other) => sameKey(key, other)) === i);
  for (const key of distinct) {
    await db.execute(sql`select app_refresh_feedback_accuracy(${tenantId}::uuid,
      (${key.createdAt.toISOString()}::timestamptz at time zone 'UTC')::date,
      ${key.actuatorSku}::varchar, ${key.fluidClass}::varchar, ${key.modelVersion}::varchar)`);
  }
}

/** Recomputes all of a tenant's sums (after results were written in bulk or their dates moved). */
export async function rebuildAccuracySums(db: DbOrTx, tenantId: string): Promise<void> {
  await db.execute(sql`
    select app_refresh_feedback_accuracy(${tenantId}::uuid, k.day, k.actuator_sku, k.fluid_class, k.model_version)
    from (
      select (created_at at time zone 'UTC')::date as day, actuator_sku, fluid_class, model_version from feedback where tenant_id = ${tenantId}
      union
      select day, actuator_sku, fluid_class, model_version from feedback_accuracy_daily where tenant_id = ${tenantId}
    ) k`);
}
