import { listCommissions } from "@/lib/billing/revenue";
import { listCommissionsSchema } from "@/lib/billing/schemas";
import { withStaff } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/admin/commissions — every procurement commission across tenants (staff only)
export const GET = withStaff({ query: listCommissionsSchema }, async ({ query }) => listCommissions(query));
