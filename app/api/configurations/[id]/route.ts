import { configurationSchema } from "@/lib/configurations/response-schemas";
import { configurationIdParamsSchema, updateConfigurationSchema } from "@/lib/configurations/schemas";
import { archiveConfiguration, getConfiguration, updateConfiguration } from "@/lib/configurations/service";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const params = configurationIdParamsSchema;

// GET /api/configurations/:id — one configuration with its ranked actuators
export const GET = withTenant(
  { permission: "configurations.read", params, response: configurationSchema },
  async ({ actor, meta, params }) => {
    return getConfiguration({ actor, meta }, params.id);
  },
);

// PUT /api/configurations/:id — edit; writes a version with the diff and re-ranks when physics change
// (members who write, or anyone it is shared with to edit)
export const PUT = withTenant(
  { permission: "configurations.write", grantable: true, params, body: updateConfigurationSchema, response: configurationSchema },
  async ({ actor, meta, params, body }) => {
    return updateConfiguration({ actor, meta }, params.id, body);
  },
);

// DELETE /api/configurations/:id — archive (admins any, users their own)
export const DELETE = withTenant({ permission: "configurations.archive", params, status: 204 }, async ({ actor, meta, params }) => {
  await archiveConfiguration({ actor, meta }, params.id);
  return null;
});
