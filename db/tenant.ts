import { PgDialect } from "drizzle-orm/pg-core";
import { PostgresJsSession, PostgresJsTransaction } from "drizzle-orm/postgres-js";
import type postgres from "postgres";
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
  return transaction((tx) => checkSessionInTx(tx, key), fn, { readOnly: true });
}

/**
 * withTenantReadTx for a request made with an API key: the first statement enters the key's
 * tenant only while the key's row still has the fingerprint the request was decided on
 * (app_api_key_begin, drizzle/0031), in the same round trip as fn's first query. Otherwise the
 * transaction is aborted before any statement of fn runs, and this rejects (isApiKeyChanged).
 */
export async function withApiKeyReadTx<T>(
  key: { tenantId: string; keyId: string; fingerprint: string },
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  return transaction(
    (tx) => sqlOf(tx)`select app_api_key_begin(${key.tenantId}::uuid, ${key.keyId}::uuid, ${key.fingerprint})`,
    (tx) => fn(tx),
    { readOnly: true },
  );
}

/** withTenantTx for reads only: the transaction is READ ONLY, and ends as withSessionTx's do. */
export async function withTenantReadTx<T>(tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return transaction(
    (tx) => sqlOf(tx)`select set_config('app.tenant_id', ${tenantId}, true), set_config('role', ${APP_ROLE}, true)`,
    (tx) => fn(tx),
    { readOnly: true },
  );
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
async function transaction<F, T>(
  first: (tx: Tx) => Promise<F>,
  fn: (tx: Tx, first: Promise<F>) => Promise<T>,
  { readOnly = false } = {},
): Promise<T> {
  let began = false;
  const body = async (tx: Tx) => {
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
  };
  try {
    return await (readOnly ? readOnlyTransaction(body) : getDb().transaction(body));
  } catch (error) {
    if (!began && isDatabaseUnavailable(error)) throw new TransactionNotStartedError(error);
    throw error;
  }
}

const dialect = new PgDialect();

/**
 * A READ ONLY transaction, opened on postgres.js directly: drizzle would set the access mode
 * in a statement of its own and wait for its answer before fn's first query. Its COMMIT is
 * not waited for (patches/: nothing of a read-only transaction can fail there, and the
 * connection goes on to the next transaction, whose statements share COMMIT's write).
 */
function readOnlyTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return sqlOf(getDb()).begin("read only", (client) => fn(drizzleTransaction(client))) as Promise<T>;
}

type TransactionSession = ConstructorParameters<typeof PostgresJsTransaction<Record<string, never>, Record<string, never>>>[1];

// What drizzle's own transaction() builds around postgres.js's transaction handle. Drizzle's
// types want a pool there (TSQL extends Sql) and a transaction handle in the transaction's
// session; its code passes the handle, which has every query method a session calls.
function drizzleTransaction(client: postgres.TransactionSql): Tx {
  const session = new PostgresJsSession(client as unknown as postgres.Sql, dialect, undefined);
  return new PostgresJsTransaction(dialect, session as unknown as TransactionSession, undefined);
}
