import { randomUUID } from "node:crypto";
import { and, arrayContains, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { enqueueJob } from "@/lib/jobs/outbox";
import type { WebhookEventPayloads, WebhookEventType } from "./events";

/**
 * Announces an event to the organization's enabled endpoints that subscribe to it, in the
 * caller's transaction: a delivery and its job exist only if the change commits. Without such
 * an endpoint (most organizations) this is one indexed read and writes nothing.
 */
export async function enqueueWebhookEvent<T extends WebhookEventType>(
  tx: Tx,
  tenantId: string,
  type: T,
  payload: WebhookEventPayloads[T],
): Promise<void> {
  const endpoints = await tx
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(
      and(eq(webhookEndpoints.tenantId, tenantId), eq(webhookEndpoints.enabled, true), arrayContains(webhookEndpoints.eventTypes, [type])),
    )
    // An endpoint deleted while this change commits waits for it, so its deliveries keep their endpoint.
    .for("key share");
  if (endpoints.length === 0) return;
  const eventId = randomUUID();
  await queueDeliveries(
    tx,
    tenantId,
    endpoints.map((endpoint) => ({ endpointId: endpoint.id, eventId, eventType: type, payload })),
  );
}

type NewDelivery = { endpointId: string; eventId: string; eventType: string; payload: Record<string, unknown> };

/** Delivery rows and their jobs, in the caller's transaction. */
export async function queueDeliveries(tx: Tx, tenantId: string, deliveries: NewDelivery[]) {
  const rows = await tx
    .insert(webhookDeliveries)
    .values(deliveries.map((delivery) => ({ tenantId, ...delivery })))
    .returning();
  for (const row of rows) await enqueueJob(tx, "webhooks.deliver", { tenantId, deliveryId: row.id });
  return rows;
}
