import { checkoutSessionSchema } from "@/lib/billing/response-schemas";
import { subscribeSchema } from "@/lib/billing/schemas";
import { startSubscriptionCheckout } from "@/lib/billing/service";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// POST /api/billing/subscribe — a Stripe Checkout page for the chosen plan (admins)
export const POST = withTenant(
  { permission: "billing.manage", body: subscribeSchema, allowReadOnly: true, response: checkoutSessionSchema },
  async ({ actor, meta, body }) => startSubscriptionCheckout({ actor, meta }, body.plan),
);
