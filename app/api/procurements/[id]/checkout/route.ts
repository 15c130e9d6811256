import { withTenant } from "@/lib/http/route";
import { startCheckout } from "@/lib/procurement/checkout";
import { checkoutSchema } from "@/lib/procurement/response-schemas";
import { procurementIdParamsSchema } from "@/lib/procurement/schemas";

export const dynamic = "force-dynamic";

// POST /api/procurements/:id/checkout — a Stripe Checkout page that authorises (holds) the order's total
export const POST = withTenant(
  { permission: "procurements.write", params: procurementIdParamsSchema, response: checkoutSchema },
  async ({ actor, meta, params }) => {
    return startCheckout({ actor, meta }, params.id);
  },
);
