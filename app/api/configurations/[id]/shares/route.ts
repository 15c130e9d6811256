import { withTenantTx } from "@/db/tenant";
import { getConfigurationRow, listShares } from "@/lib/configurations/queries";
import { configurationIdParamsSchema } from "@/lib/configurations/schemas";
import { AppError } from "@/lib/http/errors";
import { withTenant } from "@/lib/http/route";

// GET /api/configurations/:id/shares — the members this configuration is shared with, and how
export const GET = withTenant({ permission: "configurations.read", params: configurationIdParamsSchema }, async ({ actor, params }) =>
  withTenantTx(actor.tenantId, async (tx) => {
    if (!(await getConfigurationRow(tx, actor.tenantId, params.id))) throw new AppError("not_found", "Configuration not found");
    return { shares: await listShares(tx, actor.tenantId, params.id) };
  }),
);
