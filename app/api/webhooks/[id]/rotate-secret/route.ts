import { withTenant } from "@/lib/http/route";
import { webhookEndpointWithSecretSchema } from "@/lib/webhooks/response-schemas";
import { rotateWebhookSecretSchema, webhookEndpointIdParamsSchema } from "@/lib/webhooks/schemas";
import { rotateWebhookSecret } from "@/lib/webhooks/service";

export const dynamic = "force-dynamic";

// POST /api/webhooks/:id/rotate-secret — a new signing secret (in this answer only); the previous one also signs for overlapHours (default 24)
export const POST = withTenant(
  {
    permission: "webhooks.manage",
    params: webhookEndpointIdParamsSchema,
    body: rotateWebhookSecretSchema,
    response: webhookEndpointWithSecretSchema,
  },
  async ({ actor, meta, params, body }) => rotateWebhookSecret({ actor, meta }, params.id, body),
);
