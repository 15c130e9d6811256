import { configurationSchema } from "@/lib/configurations/response-schemas";
import { configurationIdParamsSchema } from "@/lib/configurations/schemas";
import { unarchiveConfiguration } from "@/lib/configurations/service";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// POST /api/configurations/:id/unarchive — back to the active list and editable (who may archive it)
export const POST = withTenant(
  { permission: "configurations.archive", params: configurationIdParamsSchema, response: configurationSchema },
  async ({ actor, meta, params }) => {
    return unarchiveConfiguration({ actor, meta }, params.id);
  },
);
