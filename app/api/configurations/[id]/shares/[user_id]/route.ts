import { shareParamsSchema } from "@/lib/configurations/schemas";
import { unshareConfiguration } from "@/lib/configurations/sharing";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// DELETE /api/configurations/:id/shares/:user_id — take a member's shared rights away
export const DELETE = withTenant(
  { permission: "configurations.share", params: shareParamsSchema, status: 204 },
  async ({ actor, meta, params }) => {
    await unshareConfiguration({ actor, meta }, params.id, params.user_id);
    return null;
  },
);
