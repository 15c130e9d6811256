import { withTenant } from "@/lib/http/route";
import { changeMemberRole, removeMember } from "@/lib/tenants/members";
import { memberRoleSchema } from "@/lib/tenants/response-schemas";
import { updateMemberSchema, userIdParamsSchema } from "@/lib/tenants/schemas";

export const dynamic = "force-dynamic";

// PUT /api/tenants/members/:user_id — change a member's role (applies on their next request)
export const PUT = withTenant(
  { permission: "members.manage", params: userIdParamsSchema, body: updateMemberSchema, response: memberRoleSchema },
  async ({ actor, meta, params, body }) => {
    const membership = await changeMemberRole({ actor, meta }, params.user_id, body.role);
    return { userId: membership.userId, role: membership.role };
  },
);

// DELETE /api/tenants/members/:user_id — remove a member (signed out on their next request)
export const DELETE = withTenant(
  { permission: "members.manage", params: userIdParamsSchema, status: 204 },
  async ({ actor, meta, params }) => {
    await removeMember({ actor, meta }, params.user_id);
    return null;
  },
);
