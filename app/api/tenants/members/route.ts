import { withTenant } from "@/lib/http/route";
import { listMembers } from "@/lib/tenants/queries";

export const dynamic = "force-dynamic";

// GET /api/tenants/members — everyone in the tenant with role and last login
export const GET = withTenant({ permission: "members.read", transaction: true }, async ({ actor, tx }) => ({
  members: await listMembers(tx, actor.tenantId),
}));
