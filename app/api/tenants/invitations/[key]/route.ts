import { z } from "zod";
import { withTenant } from "@/lib/http/route";
import { revokeInvitation } from "@/lib/tenants/invitations";

export const dynamic = "force-dynamic";

const params = z.strictObject({ key: z.uuid() });

// DELETE /api/tenants/invitations/:id — revoke a pending invitation
export const DELETE = withTenant({ permission: "members.manage", params, status: 204 }, async ({ actor, meta, params }) => {
  await revokeInvitation({ actor, meta }, params.key);
  return null;
});
