import { withTenant } from "@/lib/http/route";
import { inviteMember } from "@/lib/tenants/invitations";
import { sentInvitationSchema } from "@/lib/tenants/response-schemas";
import { inviteMemberSchema } from "@/lib/tenants/schemas";

export const dynamic = "force-dynamic";

// POST /api/tenants/members/invite — email an invitation (7 days); 402 when the plan's seats are used
export const POST = withTenant(
  { permission: "members.manage", body: inviteMemberSchema, response: sentInvitationSchema, status: 201 },
  async ({ actor, meta, body }) => {
    const invitation = await inviteMember({ actor, meta }, body);
    return { id: invitation.id, email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt };
  },
);
