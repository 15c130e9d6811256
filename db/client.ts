import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "@/lib/env";
import * as schema from "./schema";

export type Database = PostgresJsDatabase<typeof schema> & { $client: postgres.Sql };
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Query functions take `db` first so they run on the pool or inside a transaction. */
export type DbOrTx = Database | Tx;

type Pool = { sql: postgres.Sql; db: Database };

// One pool per process; survives module reloads in development.
const globalForDb = globalThis as unknown as { __aerospecPool?: Pool };

function createPool(url: string): Pool {
  const sql = postgres(url, {
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    idle_timeout: 30,
    onnotice: () => {},
  });
  return { sql, db: drizzle(sql, { schema }) };
}

export function getDb(): Database {
  globalForDb.__aerospecPool ??= createPool(env().DATABASE_URL);
  return globalForDb.__aerospecPool.db;
}

export async function closeDb(): Promise<void> {
  const pool = globalForDb.__aerospecPool;
  globalForDb.__aerospecPool = undefined;
  await pool?.sql.end({ timeout: 5 });
}
