import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import type { Database } from "./client";

const MIGRATIONS_FOLDER = path.join(process.cwd(), "drizzle");

const MIGRATION_LOCK = 7_301_946;

/** Applies pending migrations; processes starting together take turns under an advisory lock. */
export async function runMigrations(db: Database): Promise<void> {
  const lock = await db.$client.reserve();
  try {
    await lock`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await lock`select pg_advisory_unlock(${MIGRATION_LOCK})`;
    lock.release();
  }
}

type Journal = { entries: { tag: string; when: number }[] };

/** Migrations shipped with this build versus applied to the database. */
export async function getMigrationStatus(db: Database): Promise<{ expected: number; applied: number }> {
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as Journal;
  const rows = await db.execute<{ count: string }>(sql`select count(*)::text as count from drizzle.__drizzle_migrations`);
  return { expected: journal.entries.length, applied: Number(rows[0]?.count ?? 0) };
}
