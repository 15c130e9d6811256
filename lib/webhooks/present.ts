import type { z } from "zod";
import { isWebhookEventType } from "./events";
import type { WebhookDeliveryRow, WebhookEndpointRow } from "./queries";
import type { webhookDeliverySchema, webhookEndpointSchema } from "./response-schemas";

/** One endpoint as the API and the settings page show it: never its secrets. */
export function presentWebhookEndpoint(row: WebhookEndpointRow, now = new Date()): z.input<typeof webhookEndpointSchema> {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.eventTypes.filter(isWebhookEventType),
    enabled: row.enabled,
    disabledReason: row.disabledReason,
    failingSince: row.failingSince,
    // Until then the previous secret still signs too (after a rotation).
    previousSecretExpiresAt: row.previousSecretExpiresAt && row.previousSecretExpiresAt > now ? row.previousSecretExpiresAt : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function presentWebhookDelivery(row: WebhookDeliveryRow): z.input<typeof webhookDeliverySchema> {
  return {
    id: row.id,
    eventId: row.eventId,
    eventType: row.eventType,
    payload: row.payload,
    status: row.status,
    attempts: row.attempts,
    responseStatus: row.responseStatus,
    responseExcerpt: row.responseExcerpt,
    latencyMs: row.latencyMs,
    error: row.error,
    createdAt: row.createdAt,
    lastAttemptAt: row.lastAttemptAt,
    deliveredAt: row.deliveredAt,
  };
}
