import { configurationSchema } from "@/lib/configurations/response-schemas";
import { restoreConfigurationVersion } from "@/lib/configurations/restore";
import { versionParamsSchema } from "@/lib/configurations/schemas";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// POST /api/configurations/:id/versions/:version/restore — bring back an earlier version as a new one
export const POST = withTenant(
  { permission: "configurations.write", grantable: true, params: versionParamsSchema, response: configurationSchema },
  async ({ actor, meta, params }) => {
    return restoreConfigurationVersion({ actor, meta }, params.id, params.version);
  },
);
