import { getMonthlyRevenue } from "@/lib/billing/revenue";
import { revenueQuerySchema } from "@/lib/billing/schemas";
import { withTenant } from "@/lib/http/route";

// GET /api/admin/revenue/monthly — MRR, ARR, new/expansion/churned revenue and commissions by month (platform staff)
export const GET = withTenant({ platformStaff: true, query: revenueQuerySchema }, async ({ query }) => ({
  months: await getMonthlyRevenue(query),
}));
