import { configurationIdParamsSchema } from "@/lib/configurations/schemas";
import { listConfigurationShares } from "@/lib/configurations/sharing";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/configurations/:id/shares — the members this configuration is shared with, and how
export const GET = withTenant(
  { permission: "configurations.read", params: configurationIdParamsSchema },
  async ({ actor, meta, params }) => ({
    shares: await listConfigurationShares({ actor, meta }, params.id),
  }),
);
