import { withTenant } from "@/lib/http/route";
import { listPendingInvitations } from "@/lib/tenants/queries";
import { invitationListSchema } from "@/lib/tenants/response-schemas";

export const dynamic = "force-dynamic";

// GET /api/tenants/invitations — invitations still pending (admins)
export const GET = withTenant(
  { permission: "members.manage", transaction: true, response: invitationListSchema },
  async ({ actor, tx }) => ({
    invitations: await listPendingInvitations(tx, actor.tenantId),
  }),
);
