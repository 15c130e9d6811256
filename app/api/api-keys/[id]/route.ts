import { apiKeyIdParamsSchema } from "@/lib/api-keys/schemas";
import { revokeApiKey } from "@/lib/api-keys/service";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// DELETE /api/api-keys/:id — revoke a key: refused from its next request on (also while the organization is read-only)
export const DELETE = withTenant(
  { permission: "api.access", params: apiKeyIdParamsSchema, allowReadOnly: true, status: 204 },
  async ({ actor, meta, params }) => {
    await revokeApiKey({ actor, meta }, params.id);
    return null;
  },
);
