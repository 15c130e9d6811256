import { withStaff } from "@/lib/http/route";
import { listTenantsSchema } from "@/lib/platform/schemas";
import { listTenantsForStaff } from "@/lib/platform/tenants";

export const dynamic = "force-dynamic";

// GET /api/admin/tenants — every organization with plan, status, seats and MRR (staff only)
export const GET = withStaff({ query: listTenantsSchema }, async ({ query }) => listTenantsForStaff(query));
