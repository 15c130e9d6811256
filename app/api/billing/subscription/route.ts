import { getSubscriptionOverview } from "@/lib/billing/queries";
import { subscriptionOverviewSchema } from "@/lib/billing/response-schemas";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/billing/subscription — plan, status, trial, period and usage against every limit (all members)
export const GET = withTenant(
  { permission: "billing.read", transaction: true, response: subscriptionOverviewSchema },
  async ({ actor, tx }) => getSubscriptionOverview(tx, actor),
);
