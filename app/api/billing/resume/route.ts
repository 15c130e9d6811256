import { subscriptionOverviewSchema } from "@/lib/billing/response-schemas";
import { getCurrentOverview, setCancelAtPeriodEnd } from "@/lib/billing/service";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// POST /api/billing/resume — keep a subscription that was set to end with the period (admins)
export const POST = withTenant(
  { permission: "billing.manage", allowReadOnly: true, response: subscriptionOverviewSchema },
  async ({ actor, meta }) => {
    await setCancelAtPeriodEnd({ actor, meta }, false);
    return getCurrentOverview(actor);
  },
);
