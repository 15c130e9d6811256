import { withStaff } from "@/lib/http/route";
import { staffTenantDetailSchema } from "@/lib/platform/response-schemas";
import { tenantParamsSchema } from "@/lib/platform/schemas";
import { getTenantDetailForStaff } from "@/lib/platform/tenant-detail";

export const dynamic = "force-dynamic";

// GET /api/admin/tenants/:id — one organization: members, plan history, invoices and usage (staff only)
export const GET = withStaff({ params: tenantParamsSchema, response: staffTenantDetailSchema }, async ({ params }) =>
  getTenantDetailForStaff(params.id),
);
