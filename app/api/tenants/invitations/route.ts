import { withTenantTx } from "@/db/tenant";
import { withTenant } from "@/lib/http/route";
import { listPendingInvitations } from "@/lib/tenants/queries";

// GET /api/tenants/invitations — invitations still pending (admins)
export const GET = withTenant({ permission: "members.manage" }, async ({ actor }) => {
  const invitations = await withTenantTx(actor.tenantId, (tx) => listPendingInvitations(tx, actor.tenantId));
  return { invitations };
});
