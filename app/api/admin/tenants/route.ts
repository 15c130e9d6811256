import { listTenantsForStaff } from "@/lib/billing/enterprise";
import { listTenantsSchema } from "@/lib/billing/schemas";
import { withStaff } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/admin/tenants — every organization with plan, status, seats and MRR (staff only)
export const GET = withStaff({ query: listTenantsSchema }, async ({ query }) => listTenantsForStaff(query));
