import { withTenant } from "@/lib/http/route";
import { getPaymentStatus } from "@/lib/procurement/checkout";
import { paymentStatusSchema } from "@/lib/procurement/response-schemas";
import { procurementIdParamsSchema } from "@/lib/procurement/schemas";

export const dynamic = "force-dynamic";

// GET /api/procurements/:id/payment-status — the order's status and where its money is (polled after Checkout)
export const GET = withTenant(
  { permission: "procurements.read", params: procurementIdParamsSchema, response: paymentStatusSchema },
  async ({ actor, meta, params }) => {
    return getPaymentStatus({ actor, meta }, params.id);
  },
);
