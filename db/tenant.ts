import { getDb, sqlOf, type Tx } from "./client";
import { isDatabaseUnavailable, TransactionNotStartedError } from "./errors";

export const APP_ROLE = "aerospec_app";
export const SYSTEM_ROLE = "aerospec_system";

/**
 * The only way to touch tenant data: one transaction scoped to `tenantId` by row-level
 * security, running as a role that owns nothing and cannot bypass RLS.
 * Both settings are transaction-local and vanish at commit or rollback.
 */
export async function withTenantTx<T>(tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return transaction(async (tx, start) => {
    // Sent together with fn's first query (same connection, in order), saving a round trip.
    // Should it fail, the transaction is aborted and every later query in it fails too.
    const context = sqlOf(tx)`select set_config('app.tenant_id', ${tenantId}, true), set_config('role', ${APP_ROLE}, true)`;
    context.catch(() => {});
    const result = await start(fn);
    await context;
    return result;
  });
}

/**
 * Work that is legitimately cross-tenant (webhook ingestion, jobs, platform staff, token
 * lookups before a tenant is known). Runs as a BYPASSRLS role; keep every use greppable.
 */
export async function withSystemTx<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return transaction(async (tx, start) => {
    await sqlOf(tx)`select set_config('role', ${SYSTEM_ROLE}, true)`;
    return start(fn);
  });
}

type Start = <T>(fn: (tx: Tx) => Promise<T>) => Promise<T>;

/**
 * A transaction that tells apart a connection lost before `fn` ran (TransactionNotStartedError:
 * nothing happened, a caller may run it again) from one lost while or after it ran (unknown).
 */
async function transaction<T>(body: (tx: Tx, start: Start) => Promise<T>): Promise<T> {
  let started = false;
  try {
    return await getDb().transaction((tx) =>
      body(tx, (fn) => {
        started = true;
        return fn(tx);
      }),
    );
  } catch (error) {
    if (!started && isDatabaseUnavailable(error)) throw new TransactionNotStartedError(error);
    throw error;
  }
}
