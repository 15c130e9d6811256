export const dynamic = "force-dynamic";

// GET /api/health/live — liveness: the process answers (no I/O)
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
