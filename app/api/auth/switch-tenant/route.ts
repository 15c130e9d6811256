import { activeTenantSchema } from "@/lib/auth/response-schemas";
import { switchTenantSchema } from "@/lib/auth/schemas";
import { moveSessionToTenant } from "@/lib/auth/sign-in";
import { AppError } from "@/lib/http/errors";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// POST /api/auth/switch-tenant — make another of the user's tenants the active one
export const POST = withTenant({ body: switchTenantSchema, response: activeTenantSchema }, async ({ actor, body, meta }) => {
  const state = await moveSessionToTenant(actor, body.tenantId, meta);
  if (!state) throw new AppError("not_found", "Organization not found");
  return { tenantId: body.tenantId, role: state.role };
});
