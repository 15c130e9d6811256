import { switchTenantSchema } from "@/lib/auth/schemas";
import { getSessionState, startSession } from "@/lib/auth/service";
import { switchSessionTenant } from "@/lib/auth/sign-in";
import { AppError } from "@/lib/http/errors";
import { withTenant } from "@/lib/http/route";

// POST /api/auth/switch-tenant — make another of the user's tenants the active one
export const POST = withTenant({ body: switchTenantSchema }, async ({ actor, body, meta }) => {
  const state = await getSessionState(body.tenantId, actor.userId);
  if (!state) throw new AppError("not_found", "Organization not found");
  const sessionId = await startSession(body.tenantId, actor.userId, meta);
  await switchSessionTenant({
    userId: actor.userId,
    email: state.email,
    name: state.name,
    tenantId: body.tenantId,
    sessionId,
    userVersion: state.userVersion,
  });
  return { tenantId: body.tenantId, role: state.role };
});
