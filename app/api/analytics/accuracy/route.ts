import { getAccuracyReport } from "@/lib/analytics/accuracy";
import { accuracyReportSchema } from "@/lib/analytics/response-schemas";
import { accuracyQuerySchema } from "@/lib/analytics/schemas";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/analytics/accuracy — predictions against lab results: bias, RMSE and P10–P90 coverage, by SKU, spray type, fluid class, period and model version
export const GET = withTenant(
  { permission: "analytics.read", query: accuracyQuerySchema, transaction: true, response: accuracyReportSchema },
  async ({ actor, query, tx }) => getAccuracyReport(tx, actor.tenantId, query),
);
