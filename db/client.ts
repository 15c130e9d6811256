import { drizzle, type PostgresJsDatabase, PostgresJsSession } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "@/lib/env";

export type Database = PostgresJsDatabase & { $client: postgres.Sql };
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Query functions take `db` first so they run on the pool or inside a transaction. */
export type DbOrTx = Database | Tx;

type Pool = { sql: postgres.Sql; db: Database };

/**
 * The postgres.js handle under a drizzle database or transaction, for hot statements: its
 * tagged queries are prepared (parsed, planned and described once per connection), while
 * drizzle sends every query it was not asked to `.prepare()` as a new unnamed statement, which
 * postgres.js first asks the server to describe (a round trip of its own when it has
 * parameters) before it binds it.
 */
export function sqlOf(db: DbOrTx): postgres.Sql {
  const session = db._.session;
  if (!(session instanceof PostgresJsSession)) throw new Error("Expected a postgres.js drizzle session");
  return session.client;
}

// One pool per process (and one connection for health checks); survives module reloads in development.
const globalForDb = globalThis as unknown as { __aerospecPool?: Pool; __aerospecProbe?: Pool };

const RECONNECT_MAX_DELAY_S = 0.5;

/**
 * Seconds before a closed connection is opened again. postgres.js grows this to 20 s after a
 * few failed attempts, so once Postgres was back after a restart requests still waited for
 * the delay; capped at half a second, an outage is answered (503) and left quickly.
 */
function reconnectDelay(failures: number): number {
  return Math.min(RECONNECT_MAX_DELAY_S, 0.01 * 2 ** failures) * (0.5 + Math.random() / 2);
}

// No schema for drizzle: it serves only the relational query API (db.query.*), which AeroSpec
// does not use, and it would build that API's per-table builders anew for every transaction.
function createPool(url: string, options: postgres.Options<Record<string, postgres.PostgresType>>): Pool {
  const sql = postgres(url, { idle_timeout: 30, backoff: reconnectDelay, onnotice: () => {}, ...options });
  return { sql, db: drizzle(sql) };
}

export function getDb(): Database {
  globalForDb.__aerospecPool ??= createPool(env().DATABASE_URL, {
    max: env().DATABASE_POOL_SIZE,
    connect_timeout: 10,
  });
  return globalForDb.__aerospecPool.db;
}

/**
 * A connection of its own for health checks: it answers while the pool is saturated, gives up
 * connecting after 2 s (not postgres.js's 30 s) and lets no statement run longer than 2 s.
 */
export function getProbeDb(): Database {
  globalForDb.__aerospecProbe ??= createPool(env().DATABASE_URL, {
    max: 1,
    connect_timeout: 2,
    connection: { statement_timeout: 2000 },
  });
  return globalForDb.__aerospecProbe.db;
}

export async function closeDb(): Promise<void> {
  const pools = [globalForDb.__aerospecPool, globalForDb.__aerospecProbe];
  globalForDb.__aerospecPool = globalForDb.__aerospecProbe = undefined;
  await Promise.all(pools.map((pool) => pool?.sql.end({ timeout: 5 })));
}
