// The events an organization can subscribe an endpoint to (spec §7.2), and what each carries.
export const WEBHOOK_EVENT_TYPES = [
  "procurement.status_changed",
  "configuration.created",
  "configuration.updated",
  "configuration.archived",
  "feedback.created",
  "member.added",
  "member.removed",
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Sent by "Send test event" only, whatever the endpoint subscribes to. */
export const TEST_EVENT_TYPE = "webhook.test";

/** Words for each event, for the settings page. */
export const WEBHOOK_EVENT_LABELS: Record<WebhookEventType, string> = {
  "procurement.status_changed": "An order moved to another status",
  "configuration.created": "A configuration was created",
  "configuration.updated": "A configuration was edited",
  "configuration.archived": "A configuration was archived",
  "feedback.created": "A lab result was recorded",
  "member.added": "A member joined the organization",
  "member.removed": "A member was removed",
};

export type WebhookEventPayloads = {
  "procurement.status_changed": { id: string; status: string; updated_at: string };
  "configuration.created": { id: string; name: string; status: string; updated_at: string };
  "configuration.updated": { id: string; name: string; status: string; updated_at: string };
  "configuration.archived": { id: string; name: string; archived_at: string };
  "feedback.created": { id: string; configuration_id: string; actuator_sku: string; created_at: string };
  "member.added": { user_id: string; email: string; role: string };
  "member.removed": { user_id: string; email: string; role: string };
};

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}
