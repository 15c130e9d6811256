import { getDatabaseHealth } from "@/db/health";
import { withPublic } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/health — database reachable and every migration applied (503 otherwise, within seconds)
export const GET = withPublic({}, async () => {
  const health = await getDatabaseHealth();
  if (!health.reachable) return Response.json({ status: "down", database: "unreachable" }, { status: 503 });
  const current = health.migrations.applied >= health.migrations.expected;
  return Response.json(
    { status: current ? "ok" : "degraded", database: "ok", migrations: { ...health.migrations, current } },
    { status: current ? 200 : 503 },
  );
});
