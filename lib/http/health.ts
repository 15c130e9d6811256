import type { z } from "zod";
import { getDatabaseHealth } from "@/db/health";
import type { healthSchema } from "./response-schemas";

export type HealthReport = { httpStatus: 200 | 503; body: z.input<typeof healthSchema> };

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
