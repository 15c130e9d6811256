import { endOwnSession } from "@/lib/auth/account";
import { sessionIdParamsSchema } from "@/lib/auth/account-schemas";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// DELETE /api/users/me/sessions/:id — sign one of one's other sessions out
export const DELETE = withTenant({ params: sessionIdParamsSchema, allowReadOnly: true, status: 204 }, async ({ actor, meta, params }) => {
  await endOwnSession({ actor, meta }, params.id);
  return null;
});
