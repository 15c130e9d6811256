import { AppError } from "@/lib/http/errors";
import { withTenant } from "@/lib/http/route";
import { deleteTenant, updateTenant } from "@/lib/tenants/lifecycle";
import { presentTenant } from "@/lib/tenants/present";
import { getTenant } from "@/lib/tenants/queries";
import { tenantSchema } from "@/lib/tenants/response-schemas";
import { deleteTenantSchema, updateTenantSchema } from "@/lib/tenants/schemas";

export const dynamic = "force-dynamic";

// GET /api/tenants/me — the active tenant
export const GET = withTenant({ permission: "tenant.read", transaction: true, response: tenantSchema }, async ({ actor, tx }) => {
  const tenant = await getTenant(tx, actor.tenantId);
  if (!tenant) throw new AppError("not_found", "Organization not found");
  return presentTenant(tenant, actor.userId);
});

// PUT /api/tenants/me — rename, change the billing email (admins)
export const PUT = withTenant(
  { permission: "tenant.manage", body: updateTenantSchema, response: tenantSchema },
  async ({ actor, meta, body }) => {
    return presentTenant(await updateTenant({ actor, meta }, body), actor.userId);
  },
);

// DELETE /api/tenants/me — delete the tenant and all its data (owner; body repeats the name)
export const DELETE = withTenant(
  { permission: "tenant.manage", body: deleteTenantSchema, allowReadOnly: true, status: 204 },
  async ({ actor, meta, body }) => {
    await deleteTenant({ actor, meta }, body.confirmName);
    return null;
  },
);
