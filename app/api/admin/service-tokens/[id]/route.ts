import { withStaff } from "@/lib/http/route";
import { serviceTokenParamsSchema } from "@/lib/ml/schemas";
import { revokeServiceToken } from "@/lib/ml/service-tokens";

export const dynamic = "force-dynamic";

// DELETE /api/admin/service-tokens/:id — revoke a service token: refused from its next request on (staff only)
export const DELETE = withStaff({ params: serviceTokenParamsSchema, status: 204 }, async ({ actor, meta, params }) => {
  await revokeServiceToken({ actor, meta }, params.id);
  return null;
});
