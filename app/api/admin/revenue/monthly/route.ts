import { withStaff } from "@/lib/http/route";
import { getMonthlyRevenue } from "@/lib/platform/revenue";
import { revenueQuerySchema } from "@/lib/platform/schemas";

export const dynamic = "force-dynamic";

// GET /api/admin/revenue/monthly — MRR, ARR, new/expansion/churned revenue and commissions by month (staff only)
export const GET = withStaff({ query: revenueQuerySchema }, async ({ query }) => ({
  months: await getMonthlyRevenue(query),
}));
