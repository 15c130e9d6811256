import { withStaff } from "@/lib/http/route";
import { monthlyRevenueSchema } from "@/lib/platform/response-schemas";
import { getMonthlyRevenue } from "@/lib/platform/revenue";
import { revenueQuerySchema } from "@/lib/platform/schemas";

export const dynamic = "force-dynamic";

// GET /api/admin/revenue/monthly — MRR, ARR, new/expansion/churned revenue and commissions by month (staff only)
export const GET = withStaff({ query: revenueQuerySchema, response: monthlyRevenueSchema }, async ({ query }) => ({
  months: await getMonthlyRevenue(query),
}));
