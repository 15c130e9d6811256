import { sql } from "drizzle-orm";
import { getDb, type Tx } from "./client";

export const APP_ROLE = "aerospec_app";
export const SYSTEM_ROLE = "aerospec_system";

/**
 * The only way to touch tenant data: one transaction scoped to `tenantId` by row-level
 * security, running as a role that owns nothing and cannot bypass RLS.
 * Both settings are transaction-local and vanish at commit or rollback.
 */
export async function withTenantTx<T>(tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return getDb().transaction(async (tx) => {
    // Sent together with fn's first query (same connection, in order), saving a round trip.
    // Should it fail, the transaction is aborted and every later query in it fails too.
    const context = tx.execute(
      sql`select set_config('app.tenant_id', ${tenantId}, true), set_config('role', ${APP_ROLE}, true)`,
    );
    context.catch(() => {});
    const result = await fn(tx);
    await context;
    return result;
  });
}

/**
 * Work that is legitimately cross-tenant (webhook ingestion, jobs, platform staff, token
 * lookups before a tenant is known). Runs as a BYPASSRLS role; keep every use greppable.
 */
export async function withSystemTx<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return getDb().transaction(async (tx) => {
    await tx.execute(sql`select set_config('role', ${SYSTEM_ROLE}, true)`);
    return fn(tx);
  });
}
