import { withTenant } from "@/lib/http/route";
import { webhookDeliverySchema } from "@/lib/webhooks/response-schemas";
import { webhookEndpointIdParamsSchema } from "@/lib/webhooks/schemas";
import { sendWebhookTestEvent } from "@/lib/webhooks/service";

export const dynamic = "force-dynamic";

// POST /api/webhooks/:id/test — queue a webhook.test event to the endpoint; its delivery appears in the log
export const POST = withTenant(
  { permission: "webhooks.manage", params: webhookEndpointIdParamsSchema, response: webhookDeliverySchema, status: 202 },
  async ({ actor, meta, params }) => {
    return sendWebhookTestEvent({ actor, meta }, params.id);
  },
);
