import { subscriptionOverviewSchema } from "@/lib/billing/response-schemas";
import { changePlanSchema } from "@/lib/billing/schemas";
import { changePlan, getCurrentOverview } from "@/lib/billing/service";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// POST /api/billing/change-plan — upgrade or downgrade now, invoicing the prorated difference (admins)
export const POST = withTenant(
  { permission: "billing.manage", body: changePlanSchema, allowReadOnly: true, response: subscriptionOverviewSchema },
  async ({ actor, meta, body }) => {
    await changePlan({ actor, meta }, body.plan);
    return getCurrentOverview(actor);
  },
);
