import { getHealthReport } from "@/lib/http/health";
import { healthSchema } from "@/lib/http/response-schemas";
import { withPublic } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/health — database reachable and every migration applied (503 otherwise, within seconds)
export const GET = withPublic({ response: healthSchema }, async () => {
  const { httpStatus, body } = await getHealthReport();
  return Response.json(body, { status: httpStatus });
});
