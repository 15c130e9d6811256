import { configurationVersionListSchema } from "@/lib/configurations/response-schemas";
import { listConfigurationVersions } from "@/lib/configurations/restore";
import { configurationIdParamsSchema } from "@/lib/configurations/schemas";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/configurations/:id/versions — the edit history, newest first, with each change's diff
export const GET = withTenant(
  { permission: "configurations.read", params: configurationIdParamsSchema, response: configurationVersionListSchema },
  async ({ actor, meta, params }) => ({
    versions: await listConfigurationVersions({ actor, meta }, params.id),
  }),
);
