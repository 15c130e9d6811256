import { withTenant } from "@/lib/http/route";
import { webhookEndpointSchema } from "@/lib/webhooks/response-schemas";
import { updateWebhookEndpointSchema, webhookEndpointIdParamsSchema } from "@/lib/webhooks/schemas";
import { deleteWebhookEndpoint, getWebhookEndpointFor, updateWebhookEndpoint } from "@/lib/webhooks/service";

export const dynamic = "force-dynamic";

// GET /api/webhooks/:id — one webhook endpoint (never its secret)
export const GET = withTenant(
  { permission: "webhooks.manage", params: webhookEndpointIdParamsSchema, transaction: true, response: webhookEndpointSchema },
  async ({ actor, tx, params }) => getWebhookEndpointFor(tx, actor, params.id),
);

// PUT /api/webhooks/:id — change the URL, events, description, or enable/disable the endpoint
export const PUT = withTenant(
  {
    permission: "webhooks.manage",
    params: webhookEndpointIdParamsSchema,
    body: updateWebhookEndpointSchema,
    response: webhookEndpointSchema,
  },
  async ({ actor, meta, params, body }) => updateWebhookEndpoint({ actor, meta }, params.id, body),
);

// DELETE /api/webhooks/:id — delete the endpoint and its delivery log (also while the organization is read-only)
export const DELETE = withTenant(
  { permission: "webhooks.manage", params: webhookEndpointIdParamsSchema, allowReadOnly: true, status: 204 },
  async ({ actor, meta, params }) => {
    await deleteWebhookEndpoint({ actor, meta }, params.id);
    return null;
  },
);
