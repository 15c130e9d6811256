import { getMonthlyRevenue } from "@/lib/billing/revenue";
import { revenueQuerySchema } from "@/lib/billing/schemas";
import { withStaff } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/admin/revenue/monthly — MRR, ARR, new/expansion/churned revenue and commissions by month (staff only)
export const GET = withStaff({ query: revenueQuerySchema }, async ({ query }) => ({
  months: await getMonthlyRevenue(query),
}));
