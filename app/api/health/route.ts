import { withPublic } from "@/lib/http/route";
import { getHealth } from "@/lib/platform/health";

export const dynamic = "force-dynamic";

// GET /api/health — database reachable and every migration applied (503 otherwise, within seconds)
export const GET = withPublic({}, async () => {
  const health = await getHealth();
  return Response.json(health, { status: health.status === "ok" ? 200 : 503 });
});
