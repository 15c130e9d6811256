import { usageReportSchema } from "@/lib/analytics/response-schemas";
import { usageQuerySchema } from "@/lib/analytics/schemas";
import { getUsageReport } from "@/lib/analytics/usage";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/analytics/usage — per day: configurations created, rankings run, exports, API calls, active members, lab results
export const GET = withTenant(
  { permission: "analytics.read", query: usageQuerySchema, transaction: true, response: usageReportSchema },
  async ({ actor, query, tx }) => getUsageReport(tx, actor.tenantId, query),
);
