import { endEnterprisePlan, setEnterprisePlan } from "@/lib/billing/enterprise";
import { withStaff } from "@/lib/http/route";
import { enterprisePlanSchema, tenantParamsSchema } from "@/lib/platform/schemas";

export const dynamic = "force-dynamic";

// PUT /api/admin/tenants/:id/plan — move an organization to Enterprise at a custom monthly price (staff only)
export const PUT = withStaff(
  { params: tenantParamsSchema, body: enterprisePlanSchema, status: 204 },
  async ({ actor, meta, params, body }) => {
    await setEnterprisePlan({ actor, meta }, params.id, body.monthlyAmountCents);
    return null;
  },
);

// DELETE /api/admin/tenants/:id/plan — end an Enterprise agreement (staff only)
export const DELETE = withStaff({ params: tenantParamsSchema, status: 204 }, async ({ actor, meta, params }) => {
  await endEnterprisePlan({ actor, meta }, params.id);
  return null;
});
