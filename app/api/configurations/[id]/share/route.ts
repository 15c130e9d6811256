import { configurationShareSchema } from "@/lib/configurations/response-schemas";
import { configurationIdParamsSchema, shareConfigurationSchema } from "@/lib/configurations/schemas";
import { shareConfiguration } from "@/lib/configurations/sharing";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// POST /api/configurations/:id/share — give a member view or edit rights on this configuration
export const POST = withTenant(
  {
    permission: "configurations.share",
    params: configurationIdParamsSchema,
    body: shareConfigurationSchema,
    response: configurationShareSchema,
  },
  async ({ actor, meta, params, body }) => shareConfiguration({ actor, meta }, params.id, body),
);
