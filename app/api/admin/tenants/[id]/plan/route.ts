import { endEnterprisePlan, setEnterprisePlan } from "@/lib/billing/enterprise";
import { enterprisePlanSchema, tenantParamsSchema } from "@/lib/billing/schemas";
import { withTenant } from "@/lib/http/route";

// PUT /api/admin/tenants/:id/plan — move an organization to Enterprise at a custom monthly price (platform staff)
export const PUT = withTenant(
  { platformStaff: true, params: tenantParamsSchema, body: enterprisePlanSchema, allowReadOnly: true },
  async ({ actor, meta, params, body }) => {
    await setEnterprisePlan({ actor, meta }, params.id, body.monthlyAmountCents);
    return null;
  },
);

// DELETE /api/admin/tenants/:id/plan — end an Enterprise agreement (platform staff)
export const DELETE = withTenant({ platformStaff: true, params: tenantParamsSchema, allowReadOnly: true }, async ({ actor, meta, params }) => {
  await endEnterprisePlan({ actor, meta }, params.id);
  return null;
});
