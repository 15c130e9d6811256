import { withTenant } from "@/lib/http/route";
import { webhookDeliverySchema } from "@/lib/webhooks/response-schemas";
import { webhookDeliveryParamsSchema } from "@/lib/webhooks/schemas";
import { redeliverWebhook } from "@/lib/webhooks/service";

export const dynamic = "force-dynamic";

// POST /api/webhooks/:id/deliveries/:deliveryId/redeliver — send a logged event again, with the same webhook-id
export const POST = withTenant(
  { permission: "webhooks.manage", params: webhookDeliveryParamsSchema, response: webhookDeliverySchema, status: 202 },
  async ({ actor, meta, params }) => {
    return redeliverWebhook({ actor, meta }, params.id, params.deliveryId);
  },
);
