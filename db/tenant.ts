import { getDb, sqlOf, type Tx } from "./client";
import { isDatabaseUnavailable, TransactionNotStartedError } from "./errors";
import { checkSessionInTx, type SessionKey, type SessionStateRow } from "./session-state";

export const APP_ROLE = "aerospec_app";
export const SYSTEM_ROLE = "aerospec_system";

/**
 * The only way to touch tenant data: one transaction scoped to `tenantId` by row-level
 * security, running as a role that owns nothing and cannot bypass RLS.
 * Both settings are transaction-local and vanish at commit or rollback.
 */
export async function withTenantTx<T>(tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return transaction(
    (tx) => sqlOf(tx)`select set_config('app.tenant_id', ${tenantId}, true), set_config('role', ${APP_ROLE}, true)`,
    (tx) => fn(tx),
  );
}

/**
 * withTenantTx for a signed-in member's request: the first statement re-checks the member's
 * session and only then scopes the transaction to the tenant (checkSessionInTx), in the same
 * round trip as fn's first query. A session that no longer stands aborts the transaction before
 * any statement of fn runs, and this rejects (isSessionRefused). fn gets the state the check
 * read, to compare with the member it assumed.
 */
export async function withSessionTx<T>(key: SessionKey, fn: (tx: Tx, checked: Promise<SessionStateRow>) => Promise<T>): Promise<T> {
  return transaction((tx) => checkSessionInTx(tx, key), fn);
}

/**
 * Work that is legitimately cross-tenant (webhook ingestion, jobs, platform staff, token
 * lookups before a tenant is known). Runs as a BYPASSRLS role; keep every use greppable.
 */
export async function withSystemTx<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return transaction(
    (tx) => sqlOf(tx)`select set_config('role', ${SYSTEM_ROLE}, true)`,
    (tx) => fn(tx),
  );
}

/**
 * A transaction whose first statement (`first`: its role and context) is sent with BEGIN and
 * fn's first query, in one round trip (postgres.js, patched in patches/: it writes statements
 * behind BEGIN without waiting for it). Should `first` fail, the transaction is aborted, every
 * later statement fails too, and first's error is the one reported.
 *
 * It tells apart a connection lost before the transaction began (TransactionNotStartedError:
 * `first` got no answer, so neither did any statement of fn and nothing was committed; a caller
 * may run it again) from one lost while or after it ran (unknown).
 */
async function transaction<F, T>(first: (tx: Tx) => Promise<F>, fn: (tx: Tx, first: Promise<F>) => Promise<T>): Promise<T> {
  let began = false;
  try {
    return await getDb().transaction(async (tx) => {
      const context = first(tx).then((value) => {
        began = true;
        return value;
      });
      context.catch(() => {});
      let result: T;
      try {
        result = await fn(tx, context);
      } catch (error) {
        await context;
        throw error;
      }
      await context;
      return result;
    });
  } catch (error) {
    if (!began && isDatabaseUnavailable(error)) throw new TransactionNotStartedError(error);
    throw error;
  }
}
