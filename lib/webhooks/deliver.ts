import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { memberships, users, webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { withSystemTx } from "@/db/tenant";
import { recordAudit } from "@/lib/audit/service";
import { enqueueEmail } from "@/lib/email/outbox";
import { webhookDisabledEmail } from "@/lib/email/templates";
import { env } from "@/lib/env";
import type { JobPayload } from "@/lib/jobs/topics";
import { postWebhook, type SendResult } from "./send";
import { signingSecrets } from "./signing";

// pg-boss retries a failed delivery with exponential backoff (lib/jobs/worker.ts): 11 retries
// 30 s apart at first, doubling, about a day in all. One more attempt than that is the last.
export const DELIVERY_RETRY = { retryLimit: 11, retryDelay: 30, retryBackoff: true, expireInMinutes: 2 } as const;
const MAX_ATTEMPTS = DELIVERY_RETRY.retryLimit + 1;

class DeliveryFailedError extends Error {}

type DeliverOptions = { timeoutMs?: number; failureWindowMs?: number; production?: boolean; now?: () => Date };

type Endpoint = typeof webhookEndpoints.$inferSelect;
type Delivery = typeof webhookDeliveries.$inferSelect;

async function loadDelivery({ tenantId, deliveryId }: JobPayload<"webhooks.deliver">) {
  const [row] = await withSystemTx((tx) =>
    tx
      .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints })
      .from(webhookDeliveries)
      .innerJoin(
        webhookEndpoints,
        and(eq(webhookEndpoints.tenantId, webhookDeliveries.tenantId), eq(webhookEndpoints.id, webhookDeliveries.endpointId)),
      )
      .where(and(eq(webhookDeliveries.tenantId, tenantId), eq(webhookDeliveries.id, deliveryId))),
  );
  return row ?? null;
}

/**
 * Works one delivery job: signs and posts the event, and logs the attempt. A failure throws so
 * the queue tries again later, until the endpoint has failed for the whole window: then it is
 * disabled and its organization's admins are emailed.
 */
export async function deliverWebhook(job: JobPayload<"webhooks.deliver">, options: DeliverOptions = {}): Promise<void> {
  const found = await loadDelivery(job);
  if (found?.delivery.status !== "pending") return;
  const { delivery, endpoint } = found;
  const now = options.now ?? (() => new Date());
  if (!endpoint.enabled) {
    await finish(delivery, { status: "failed", error: "Not sent: the endpoint is disabled" });
    return;
  }
  const message = { eventId: delivery.eventId, type: delivery.eventType, payload: delivery.payload, timestamp: now() };
  const result = await postWebhook(endpoint.url, signingSecrets(endpoint, message.timestamp), message, {
    timeoutMs: options.timeoutMs ?? env().WEBHOOK_TIMEOUT_MS,
    production: options.production,
  });
  const outcome = await withSystemTx((tx) => recordAttempt(tx, delivery, endpoint, result, now(), options));
  if (outcome === "retry") throw new DeliveryFailedError(result.error ?? "Delivery failed");
}

async function finish(delivery: Delivery, set: Partial<Delivery>) {
  await withSystemTx((tx) =>
    tx
      .update(webhookDeliveries)
      .set(set)
      .where(and(eq(webhookDeliveries.tenantId, delivery.tenantId), eq(webhookDeliveries.id, delivery.id))),
  );
}

async function recordAttempt(tx: Tx, delivery: Delivery, endpoint: Endpoint, result: SendResult, at: Date, options: DeliverOptions) {
  const attempts = delivery.attempts + 1;
  const base = {
    attempts,
    lastAttemptAt: at,
    responseStatus: result.status,
    responseExcerpt: result.excerpt,
    latencyMs: result.latencyMs,
    error: result.error,
  };
  const whereDelivery = and(eq(webhookDeliveries.tenantId, delivery.tenantId), eq(webhookDeliveries.id, delivery.id));
  const whereEndpoint = and(eq(webhookEndpoints.tenantId, endpoint.tenantId), eq(webhookEndpoints.id, endpoint.id));
  if (result.ok) {
    await tx
      .update(webhookDeliveries)
      .set({ ...base, status: "succeeded", deliveredAt: at })
      .where(whereDelivery);
    if (endpoint.failingSince) await tx.update(webhookEndpoints).set({ failingSince: null }).where(whereEndpoint);
    return "done";
  }
  const [failing] = await tx
    .update(webhookEndpoints)
    .set({ failingSince: sql`coalesce(${webhookEndpoints.failingSince}, ${at.toISOString()}::timestamptz)` })
    .where(whereEndpoint)
    .returning();
  const windowMs = options.failureWindowMs ?? env().WEBHOOK_FAILURE_WINDOW_SECONDS * 1000;
  const failedFor = at.getTime() - (failing?.failingSince ?? at).getTime();
  if (failing?.enabled && failedFor >= windowMs) {
    await tx
      .update(webhookDeliveries)
      .set({ ...base, status: "failed" })
      .where(whereDelivery);
    await disableEndpoint(tx, failing, result.error ?? "Delivery failed");
    return "given_up";
  }
  const last = attempts >= MAX_ATTEMPTS;
  await tx
    .update(webhookDeliveries)
    .set({ ...base, status: last ? "failed" : "pending" })
    .where(whereDelivery);
  return last ? "given_up" : "retry";
}

async function disableEndpoint(tx: Tx, endpoint: Endpoint, lastError: string) {
  const reason = `Disabled after failing since ${endpoint.failingSince?.toISOString()}: ${lastError}`.slice(0, 200);
  await tx
    .update(webhookEndpoints)
    .set({ enabled: false, disabledReason: reason })
    .where(and(eq(webhookEndpoints.tenantId, endpoint.tenantId), eq(webhookEndpoints.id, endpoint.id)));
  await recordAudit(
    tx,
    { tenantId: endpoint.tenantId, userId: null, ip: null, userAgent: null, requestId: null },
    {
      action: "webhook.disable",
      resourceType: "webhook_endpoint",
      resourceId: endpoint.id,
      changes: { url: endpoint.url, reason },
    },
  );
  const admins = await tx
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, endpoint.tenantId), eq(memberships.role, "admin")));
  const email = webhookDisabledEmail({
    url: endpoint.url,
    failingSince: endpoint.failingSince?.toISOString() ?? "",
    lastError,
    settingsUrl: `${env().APP_URL}/settings/webhooks`,
  });
  for (const admin of admins) await enqueueEmail(tx, { ...email, tenantId: endpoint.tenantId, kind: "webhook.disabled", to: admin.email });
}
