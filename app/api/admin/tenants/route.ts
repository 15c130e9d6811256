import { listTenantsForStaff } from "@/lib/billing/enterprise";
import { listTenantsSchema } from "@/lib/billing/schemas";
import { withTenant } from "@/lib/http/route";

// GET /api/admin/tenants — every organization with plan, status, seats and MRR (platform staff)
export const GET = withTenant({ platformStaff: true, query: listTenantsSchema }, async ({ query }) => listTenantsForStaff(query));
