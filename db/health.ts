import { sql } from "drizzle-orm";
import { getProbeDb } from "./client";
import { getMigrationStatus } from "./migrate";

export type DatabaseHealth = { reachable: true; migrations: { expected: number; applied: number } } | { reachable: false };

const HEALTH_DEADLINE_MS = 2_500;

/**
 * Whether the database answers, and how many of this build's migrations it has. Settles within
 * the deadline even when the database hangs, so a health check never waits on it.
 */
export async function getDatabaseHealth(): Promise<DatabaseHealth> {
  const check = (async (): Promise<DatabaseHealth> => {
    const db = getProbeDb();
    await db.execute(sql`select 1`);
    return { reachable: true, migrations: await getMigrationStatus(db) };
  })().catch((): DatabaseHealth => ({ reachable: false }));
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<DatabaseHealth>((resolve) => {
    timer = setTimeout(() => resolve({ reachable: false }), HEALTH_DEADLINE_MS);
  });
  try {
    return await Promise.race([check, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
