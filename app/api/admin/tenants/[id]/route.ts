import { withStaff } from "@/lib/http/route";
import { tenantParamsSchema } from "@/lib/platform/schemas";
import { getTenantDetailForStaff } from "@/lib/platform/tenant-detail";

export const dynamic = "force-dynamic";

// GET /api/admin/tenants/:id — one organization: members, plan history, invoices and usage (staff only)
export const GET = withStaff({ params: tenantParamsSchema }, async ({ params }) => getTenantDetailForStaff(params.id));
