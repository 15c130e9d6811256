import { getDatabaseHealth } from "@/db/health";

export type HealthReport = {
  httpStatus: 200 | 503;
  body: {
    status: "ok" | "degraded" | "down";
    database: "ok" | "unreachable";
    migrations?: { expected: number; applied: number; current: boolean };
  };
};

/** Readiness: the database answers and has every migration of this build (503 otherwise, within seconds). */
export async function getHealthReport(): Promise<HealthReport> {
  const health = await getDatabaseHealth();
  if (!health.reachable) return { httpStatus: 503, body: { status: "down", database: "unreachable" } };
  const current = health.migrations.applied >= health.migrations.expected;
  return {
    httpStatus: current ? 200 : 503,
    body: { status: current ? "ok" : "degraded", database: "ok", migrations: { ...health.migrations, current } },
  };
}
