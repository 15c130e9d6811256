import { apiKeyUsageReportSchema } from "@/lib/api-keys/response-schemas";
import { apiKeyIdParamsSchema, apiKeyUsageSchema } from "@/lib/api-keys/schemas";
import { getApiKeyUsage } from "@/lib/api-keys/service";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/api-keys/:id/usage — calls made with one key per UTC day (the last 30 days, or ?days=)
export const GET = withTenant(
  {
    permission: "api.access",
    params: apiKeyIdParamsSchema,
    query: apiKeyUsageSchema,
    transaction: true,
    response: apiKeyUsageReportSchema,
  },
  async ({ actor, tx, params, query }) => getApiKeyUsage(tx, actor, params.id, query.days),
);
