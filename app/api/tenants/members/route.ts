import { withTenant } from "@/lib/http/route";
import { listMembers } from "@/lib/tenants/queries";
import { memberListSchema } from "@/lib/tenants/response-schemas";

export const dynamic = "force-dynamic";

// GET /api/tenants/members — everyone in the tenant with role and last login
export const GET = withTenant({ permission: "members.read", transaction: true, response: memberListSchema }, async ({ actor, tx }) => ({
  members: await listMembers(tx, actor.tenantId),
}));
