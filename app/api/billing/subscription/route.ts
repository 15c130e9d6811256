import { getSubscriptionOverview } from "@/lib/billing/queries";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/billing/subscription — plan, status, trial, period and usage against every limit (all members)
export const GET = withTenant({ permission: "billing.read", transaction: true }, async ({ actor, tx }) =>
  getSubscriptionOverview(tx, actor),
);
