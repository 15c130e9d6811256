import { withTenant } from "@/lib/http/route";
import { webhookDeliveryPageSchema } from "@/lib/webhooks/response-schemas";
import { listWebhookDeliveriesSchema, webhookEndpointIdParamsSchema } from "@/lib/webhooks/schemas";
import { listWebhookDeliveriesFor } from "@/lib/webhooks/service";

export const dynamic = "force-dynamic";

// GET /api/webhooks/:id/deliveries — the endpoint's delivery log (status, attempts, latency, response excerpt), newest first; keyset pages
export const GET = withTenant(
  {
    permission: "webhooks.manage",
    params: webhookEndpointIdParamsSchema,
    query: listWebhookDeliveriesSchema,
    transaction: true,
    response: webhookDeliveryPageSchema,
  },
  async ({ actor, tx, params, query }) => listWebhookDeliveriesFor(tx, actor, params.id, query),
);
