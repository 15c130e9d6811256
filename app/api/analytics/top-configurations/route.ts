import { topConfigurationsSchema } from "@/lib/analytics/response-schemas";
import { topConfigurationsQuerySchema } from "@/lib/analytics/schemas";
import { getTopConfigurations } from "@/lib/analytics/top-configurations";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/analytics/top-configurations — the SKUs ranked first, tested and ordered most, and the fluids used most
export const GET = withTenant(
  { permission: "analytics.read", query: topConfigurationsQuerySchema, transaction: true, response: topConfigurationsSchema },
  async ({ actor, query, tx }) => getTopConfigurations(tx, actor.tenantId, query),
);
