import { configurationSchema } from "@/lib/configurations/response-schemas";
import { configurationIdParamsSchema } from "@/lib/configurations/schemas";
import { duplicateConfiguration } from "@/lib/configurations/sharing";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// POST /api/configurations/:id/duplicate — copy as a new draft owned by the caller
export const POST = withTenant(
  { permission: "configurations.write", params: configurationIdParamsSchema, response: configurationSchema, status: 201 },
  async ({ actor, meta, params }) => {
    return duplicateConfiguration({ actor, meta }, params.id);
  },
);
