import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Tx } from "@/db/client";
import { webhookEndpoints } from "@/db/schema";
import { withTenantTx } from "@/db/tenant";
import { recordAudit } from "@/lib/audit/service";
import { type Actor, type ActorContext, auditContext } from "@/lib/auth/actor";
import { AppError } from "@/lib/http/errors";
import { queueDeliveries } from "./enqueue";
import { TEST_EVENT_TYPE } from "./events";
import { presentWebhookDelivery, presentWebhookEndpoint } from "./present";
import { getWebhookDelivery, getWebhookEndpoint, listWebhookDeliveries, listWebhookEndpoints } from "./queries";
import type { webhookDeliveryPageSchema, webhookEndpointPageSchema, webhookEndpointWithSecretSchema } from "./response-schemas";
import type {
  CreateWebhookEndpointInput,
  ListWebhookDeliveriesInput,
  ListWebhookEndpointsInput,
  RotateWebhookSecretInput,
  UpdateWebhookEndpointInput,
} from "./schemas";
import { encryptSecret, generateWebhookSecret } from "./secret";
import { assertAllowedWebhookUrl, ForbiddenUrlError } from "./url-guard";

const MAX_ENDPOINTS = 20;
const HOUR_MS = 3_600_000;

const notFound = () => new AppError("not_found", "Webhook endpoint not found");

/** The URL guard's refusal as a validation error on the `url` field. */
async function assertUrl(url: string): Promise<void> {
  try {
    await assertAllowedWebhookUrl(url);
  } catch (error) {
    if (!(error instanceof ForbiddenUrlError)) throw error;
    throw new AppError("validation_failed", error.message, { details: [{ path: "url", message: error.message }] });
  }
}

// Locked until the change commits: an endpoint deleted meanwhile would leave a delivery without it.
async function loadEndpoint(tx: Tx, tenantId: string, id: string) {
  const row = await getWebhookEndpoint(tx, tenantId, id, { forUpdate: true });
  if (!row) throw notFound();
  return row;
}

/** A new endpoint with a fresh signing secret, which is in this answer only. */
export async function createWebhookEndpoint(
  ctx: ActorContext,
  input: CreateWebhookEndpointInput,
): Promise<z.input<typeof webhookEndpointWithSecretSchema>> {
  const { tenantId, userId } = ctx.actor;
  await assertUrl(input.url);
  const secret = generateWebhookSecret();
  return withTenantTx(tenantId, async (tx) => {
    const [count] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.tenantId, tenantId));
    if ((count?.n ?? 0) >= MAX_ENDPOINTS)
      throw new AppError("conflict", `An organization can have at most ${MAX_ENDPOINTS} webhook endpoints`);
    const [row] = await tx
      .insert(webhookEndpoints)
      .values({
        tenantId,
        url: input.url,
        description: input.description ?? null,
        eventTypes: input.eventTypes,
        secretCiphertext: encryptSecret(secret),
        createdByUserId: userId,
      })
      .returning();
    await recordAudit(tx, auditContext(ctx), {
      action: "webhook.create",
      resourceType: "webhook_endpoint",
      resourceId: row!.id,
      changes: { url: input.url, eventTypes: input.eventTypes },
    });
    return { secret, endpoint: presentWebhookEndpoint(row!) };
  });
}

/** Changes the URL, events, description or enabled state; enabling again clears the failure record. */
export async function updateWebhookEndpoint(ctx: ActorContext, id: string, input: UpdateWebhookEndpointInput) {
  const { tenantId } = ctx.actor;
  if (input.url) await assertUrl(input.url);
  return withTenantTx(tenantId, async (tx) => {
    const current = await loadEndpoint(tx, tenantId, id);
    const enabling = input.enabled === true && !current.enabled;
    const [row] = await tx
      .update(webhookEndpoints)
      .set({
        ...(input.url !== undefined && { url: input.url }),
        ...(input.eventTypes !== undefined && { eventTypes: input.eventTypes }),
        ...(input.description !== undefined && { description: input.description }),
        ...(input.enabled !== undefined && { enabled: input.enabled }),
        ...(enabling && { failingSince: null, disabledReason: null }),
        ...(input.enabled === false && { disabledReason: null }),
      })
      .where(and(eq(webhookEndpoints.tenantId, tenantId), eq(webhookEndpoints.id, id)))
      .returning();
    const changes = Object.fromEntries(
      Object.entries(input)
        .filter(([key]) => key !== "description" || input.description !== current.description)
        .map(([key, value]) => [key, { from: current[key as keyof typeof current], to: value }]),
    );
    await recordAudit(tx, auditContext(ctx), { action: "webhook.update", resourceType: "webhook_endpoint", resourceId: id, changes });
    return presentWebhookEndpoint(row!);
  });
}

/** Deletes an endpoint and its delivery log; events stop at once. */
export async function deleteWebhookEndpoint(ctx: ActorContext, id: string): Promise<void> {
  const { tenantId } = ctx.actor;
  await withTenantTx(tenantId, async (tx) => {
    const current = await loadEndpoint(tx, tenantId, id);
    await tx.delete(webhookEndpoints).where(and(eq(webhookEndpoints.tenantId, tenantId), eq(webhookEndpoints.id, id)));
    await recordAudit(tx, auditContext(ctx), {
      action: "webhook.delete",
      resourceType: "webhook_endpoint",
      resourceId: id,
      changes: { url: current.url },
    });
  });
}

/**
 * A new signing secret (in this answer only). The previous one keeps signing alongside it for
 * `overlapHours`, so a receiver can switch to the new secret without rejecting a delivery.
 */
export async function rotateWebhookSecret(
  ctx: ActorContext,
  id: string,
  input: RotateWebhookSecretInput,
): Promise<z.input<typeof webhookEndpointWithSecretSchema>> {
  const { tenantId } = ctx.actor;
  const secret = generateWebhookSecret();
  return withTenantTx(tenantId, async (tx) => {
    const current = await loadEndpoint(tx, tenantId, id);
    const previousSecretExpiresAt = new Date(Date.now() + input.overlapHours * HOUR_MS);
    const [row] = await tx
      .update(webhookEndpoints)
      .set({
        secretCiphertext: encryptSecret(secret),
        previousSecretCiphertext: input.overlapHours > 0 ? current.secretCiphertext : null,
        previousSecretExpiresAt: input.overlapHours > 0 ? previousSecretExpiresAt : null,
      })
      .where(and(eq(webhookEndpoints.tenantId, tenantId), eq(webhookEndpoints.id, id)))
      .returning();
    await recordAudit(tx, auditContext(ctx), {
      action: "webhook.rotate_secret",
      resourceType: "webhook_endpoint",
      resourceId: id,
      changes: { overlapHours: input.overlapHours },
    });
    return { secret, endpoint: presentWebhookEndpoint(row!) };
  });
}

/** Queues a `webhook.test` event to the endpoint, whatever it subscribes to. */
export async function sendWebhookTestEvent(ctx: ActorContext, id: string) {
  const { tenantId } = ctx.actor;
  return withTenantTx(tenantId, async (tx) => {
    const endpoint = await loadEndpoint(tx, tenantId, id);
    if (!endpoint.enabled) throw new AppError("conflict", "Enable the endpoint before sending it a test event");
    const payload = { endpoint_id: id, message: "A test event from AeroSpec", sent_at: new Date().toISOString() };
    const [delivery] = await queueDeliveries(tx, tenantId, [
      { endpointId: id, eventId: randomUUID(), eventType: TEST_EVENT_TYPE, payload },
    ]);
    await recordAudit(tx, auditContext(ctx), { action: "webhook.test", resourceType: "webhook_endpoint", resourceId: id });
    return presentWebhookDelivery(delivery!);
  });
}

/**
 * Sends a logged event again, as a new delivery with the same `webhook-id` (a receiver that
 * already has it can tell it is the same event).
 */
export async function redeliverWebhook(ctx: ActorContext, id: string, deliveryId: string) {
  const { tenantId } = ctx.actor;
  return withTenantTx(tenantId, async (tx) => {
    const endpoint = await loadEndpoint(tx, tenantId, id);
    const original = await getWebhookDelivery(tx, tenantId, id, deliveryId);
    if (!original) throw new AppError("not_found", "Delivery not found");
    if (!endpoint.enabled) throw new AppError("conflict", "Enable the endpoint before redelivering to it");
    const [delivery] = await queueDeliveries(tx, tenantId, [
      { endpointId: id, eventId: original.eventId, eventType: original.eventType, payload: original.payload },
    ]);
    await recordAudit(tx, auditContext(ctx), {
      action: "webhook.redeliver",
      resourceType: "webhook_endpoint",
      resourceId: id,
      changes: { deliveryId, eventId: original.eventId, eventType: original.eventType },
    });
    return presentWebhookDelivery(delivery!);
  });
}

export async function listWebhookEndpointsFor(
  tx: Tx,
  actor: Actor,
  input: ListWebhookEndpointsInput,
): Promise<z.input<typeof webhookEndpointPageSchema>> {
  const page = await listWebhookEndpoints(tx, actor.tenantId, input);
  const now = new Date();
  return { ...page, items: page.items.map((row) => presentWebhookEndpoint(row.endpoint, now)) };
}

// Reads run in read-only transactions: they look the endpoint up without locking it.
async function readEndpoint(tx: Tx, tenantId: string, id: string) {
  const row = await getWebhookEndpoint(tx, tenantId, id);
  if (!row) throw notFound();
  return row;
}

export async function getWebhookEndpointFor(tx: Tx, actor: Actor, id: string) {
  return presentWebhookEndpoint(await readEndpoint(tx, actor.tenantId, id));
}

export async function listWebhookDeliveriesFor(
  tx: Tx,
  actor: Actor,
  id: string,
  input: ListWebhookDeliveriesInput,
): Promise<z.input<typeof webhookDeliveryPageSchema>> {
  await readEndpoint(tx, actor.tenantId, id);
  const page = await listWebhookDeliveries(tx, actor.tenantId, id, input);
  return { ...page, items: page.items.map((row) => presentWebhookDelivery(row.delivery)) };
}
