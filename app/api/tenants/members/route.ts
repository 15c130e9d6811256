import { withTenantTx } from "@/db/tenant";
import { withTenant } from "@/lib/http/route";
import { listMembers } from "@/lib/tenants/queries";

// GET /api/tenants/members — everyone in the tenant with role and last login
export const GET = withTenant({ permission: "members.read" }, async ({ actor }) => {
  const members = await withTenantTx(actor.tenantId, (tx) => listMembers(tx, actor.tenantId));
  return { members };
});
