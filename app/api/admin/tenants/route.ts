import { withStaff } from "@/lib/http/route";
import { staffTenantPageSchema } from "@/lib/platform/response-schemas";
import { listTenantsSchema } from "@/lib/platform/schemas";
import { listTenantsForStaff } from "@/lib/platform/tenants";

export const dynamic = "force-dynamic";

// GET /api/admin/tenants — every organization with plan, status, seats and MRR (staff only)
export const GET = withStaff({ query: listTenantsSchema, response: staffTenantPageSchema }, async ({ query }) =>
  listTenantsForStaff(query),
);
