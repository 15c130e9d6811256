import { withStaff } from "@/lib/http/route";
import { listCommissions } from "@/lib/platform/commissions";
import { staffCommissionPageSchema } from "@/lib/platform/response-schemas";
import { listCommissionsSchema } from "@/lib/platform/schemas";

export const dynamic = "force-dynamic";

// GET /api/admin/commissions — every procurement commission across tenants (staff only)
export const GET = withStaff({ query: listCommissionsSchema, response: staffCommissionPageSchema }, async ({ query }) =>
  listCommissions(query),
);
