import { listConfigurations } from "@/lib/configurations/queries";
import { configurationPageSchema, configurationSchema } from "@/lib/configurations/response-schemas";
import { createConfigurationSchema, listConfigurationsSchema } from "@/lib/configurations/schemas";
import { createConfiguration } from "@/lib/configurations/service";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/configurations — newest first; search by name, filter by tag and status; keyset pages
export const GET = withTenant(
  { permission: "configurations.read", query: listConfigurationsSchema, response: configurationPageSchema, transaction: true },
  async ({ actor, query, tx }) => listConfigurations(tx, actor.tenantId, query),
);

// POST /api/configurations — save a configuration and the actuators the engine ranks for it
export const POST = withTenant(
  { permission: "configurations.write", body: createConfigurationSchema, response: configurationSchema, status: 201 },
  async ({ actor, meta, body }) => {
    return createConfiguration({ actor, meta }, body);
  },
);
