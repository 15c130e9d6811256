import { getRequestId } from "@/lib/http/request";

export const dynamic = "force-dynamic";

// GET /api/health/live — liveness: the process answers (no I/O)
export function GET(req: Request) {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store", "x-request-id": getRequestId(req) } });
}
