import { listCommissions } from "@/lib/billing/revenue";
import { listCommissionsSchema } from "@/lib/billing/schemas";
import { withStaff } from "@/lib/http/route";

// GET /api/admin/commissions — every procurement commission across tenants (staff only)
export const GET = withStaff({ query: listCommissionsSchema }, async ({ query }) => listCommissions(query));
