import { configurationShareListSchema } from "@/lib/configurations/response-schemas";
import { configurationIdParamsSchema } from "@/lib/configurations/schemas";
import { listConfigurationShares } from "@/lib/configurations/sharing";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/configurations/:id/shares — the members this configuration is shared with, and how
export const GET = withTenant(
  { permission: "configurations.read", params: configurationIdParamsSchema, response: configurationShareListSchema },
  async ({ actor, meta, params }) => ({
    shares: await listConfigurationShares({ actor, meta }, params.id),
  }),
);
