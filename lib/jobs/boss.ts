import PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { logger } from "@/lib/http/logger";

// pg-boss keeps its queue tables in their own schema of the application's database and
// migrates them itself on start.
const SCHEMA = "pgboss";

let boss: Promise<PgBoss> | undefined;

async function startBoss(): Promise<PgBoss> {
  const instance = new PgBoss({ connectionString: env().DATABASE_URL, schema: SCHEMA, max: 3, application_name: "aerospec-jobs" });
  instance.on("error", (error) => logger.error({ err: error }, "job queue error"));
  await instance.start();
  return instance;
}

/** The process's connection to the job queue, started on first use. */
export function getBoss(): Promise<PgBoss> {
  boss ??= startBoss().catch((error: unknown) => {
    boss = undefined;
    throw error;
  });
  return boss;
}

/** Stops working jobs, letting the ones in flight finish (up to `timeoutMs`). */
export async function stopBoss(timeoutMs = 10_000): Promise<void> {
  const running = boss;
  boss = undefined;
  if (running) await (await running).stop({ graceful: true, timeout: timeoutMs, wait: true });
}
