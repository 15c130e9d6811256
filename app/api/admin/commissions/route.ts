import { listCommissions } from "@/lib/billing/revenue";
import { listCommissionsSchema } from "@/lib/billing/schemas";
import { withTenant } from "@/lib/http/route";

// GET /api/admin/commissions — every procurement commission across tenants (platform staff)
export const GET = withTenant({ platformStaff: true, query: listCommissionsSchema }, async ({ query }) => listCommissions(query));
