import { subscriptionOverviewSchema } from "@/lib/billing/response-schemas";
import { getCurrentOverview, setCancelAtPeriodEnd } from "@/lib/billing/service";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// DELETE /api/billing/cancel — end the subscription at the end of the period; undo with POST /api/billing/resume (admins)
export const DELETE = withTenant(
  { permission: "billing.manage", allowReadOnly: true, response: subscriptionOverviewSchema },
  async ({ actor, meta }) => {
    await setCancelAtPeriodEnd({ actor, meta }, true);
    return getCurrentOverview(actor);
  },
);
