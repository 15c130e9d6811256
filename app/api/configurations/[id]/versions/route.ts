import { withTenantTx } from "@/db/tenant";
import { listVersions } from "@/lib/configurations/queries";
import { configurationIdParamsSchema } from "@/lib/configurations/schemas";
import { getConfiguration } from "@/lib/configurations/service";
import { withTenant } from "@/lib/http/route";

// GET /api/configurations/:id/versions — the edit history, newest first, with each change's diff
export const GET = withTenant({ permission: "configurations.read", params: configurationIdParamsSchema }, async ({ actor, meta, params }) => {
  await getConfiguration({ actor, meta }, params.id);
  return { versions: await withTenantTx(actor.tenantId, (tx) => listVersions(tx, actor.tenantId, params.id)) };
});
