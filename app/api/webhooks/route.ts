import { withTenant } from "@/lib/http/route";
import { webhookEndpointPageSchema, webhookEndpointWithSecretSchema } from "@/lib/webhooks/response-schemas";
import { createWebhookEndpointSchema, listWebhookEndpointsSchema } from "@/lib/webhooks/schemas";
import { createWebhookEndpoint, listWebhookEndpointsFor } from "@/lib/webhooks/service";

export const dynamic = "force-dynamic";

// GET /api/webhooks — the organization's outbound webhook endpoints, newest first; keyset pages
export const GET = withTenant(
  { permission: "webhooks.manage", query: listWebhookEndpointsSchema, transaction: true, response: webhookEndpointPageSchema },
  async ({ actor, tx, query }) => listWebhookEndpointsFor(tx, actor, query),
);

// POST /api/webhooks — a new endpoint for the chosen events; its signing secret is in this answer only
export const POST = withTenant(
  { permission: "webhooks.manage", body: createWebhookEndpointSchema, response: webhookEndpointWithSecretSchema, status: 201 },
  async ({ actor, meta, body }) => {
    return createWebhookEndpoint({ actor, meta }, body);
  },
);
