import { getDatabaseHealth } from "@/db/health";

export type Health =
  | { status: "down"; database: "unreachable" }
  | { status: "ok" | "degraded"; database: "ok"; migrations: { expected: number; applied: number; current: boolean } };

/** Whether this instance can serve: the database answers and has every migration of this build. */
export async function getHealth(): Promise<Health> {
  const health = await getDatabaseHealth();
  if (!health.reachable) return { status: "down", database: "unreachable" };
  const current = health.migrations.applied >= health.migrations.expected;
  return { status: current ? "ok" : "degraded", database: "ok", migrations: { ...health.migrations, current } };
}
