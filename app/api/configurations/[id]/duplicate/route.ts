import { configurationIdParamsSchema } from "@/lib/configurations/schemas";
import { duplicateConfiguration } from "@/lib/configurations/sharing";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// POST /api/configurations/:id/duplicate — copy as a new draft owned by the caller
export const POST = withTenant(
  { permission: "configurations.write", params: configurationIdParamsSchema },
  async ({ actor, meta, params }) => {
    return Response.json(await duplicateConfiguration({ actor, meta }, params.id), { status: 201 });
  },
);
