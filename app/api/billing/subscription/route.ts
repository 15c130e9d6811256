import { getSubscriptionOverview } from "@/lib/billing/queries";
import { withTenant } from "@/lib/http/route";

// GET /api/billing/subscription — plan, status, trial, period and usage against every limit (all members)
export const GET = withTenant({ permission: "billing.read", transaction: true }, async ({ actor, tx }) => getSubscriptionOverview(tx, actor));
