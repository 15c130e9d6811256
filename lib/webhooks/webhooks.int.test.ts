import { and, eq } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLogs, emailOutbox, outbox, webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { withSystemTx, withTenantReadTx } from "@/db/tenant";
import { createConfigurationSchema } from "@/lib/configurations/schemas";
import { archiveConfiguration, createConfiguration } from "@/lib/configurations/service";
import { startWorker } from "@/lib/jobs/worker";
import { removeMember } from "@/lib/tenants/members";
import { seedCatalog } from "@/scripts/seed";
import { addMember, createTenant } from "@/scripts/vitest/factories";
import { startWebhookReceiver } from "@/scripts/webhook-receiver";
import { deliverWebhook } from "./deliver";
import { createWebhookEndpointSchema } from "./schemas";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  getWebhookEndpointFor,
  listWebhookDeliveriesFor,
  listWebhookEndpointsFor,
  redeliverWebhook,
  rotateWebhookSecret,
  sendWebhookTestEvent,
  updateWebhookEndpoint,
} from "./service";

type Tenant = Awaited<ReturnType<typeof createTenant>>;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

const configurationInput = () =>
  createConfigurationSchema.parse({
    name: "Glycerol mist",
    fluid: { viscosityCp: 10.8, densityKgM3: 1153, surfaceTensionMNm: 67.5 },
    targets: { flowMlMin: 600, maxPressureBar: 10, coneDeg: 60 },
  });

beforeAll(async () => {
  await seedCatalog();
  receiver = await startWebhookReceiver();
});
afterAll(() => receiver.close());

async function endpointFor(t: Tenant, eventTypes = ["configuration.created"], url = receiver.url) {
  return createWebhookEndpoint(t.owner, createWebhookEndpointSchema.parse({ url, eventTypes }));
}

async function deliveriesOf(t: Tenant, endpointId: string) {
  return (await withTenantReadTx(t.tenantId, (tx) => listWebhookDeliveriesFor(tx, t.owner.actor, endpointId, { limit: 50 }))).items;
}

/** Works every pending delivery job of the tenant once, as the queue would. */
async function workPending(t: Tenant, options: Parameters<typeof deliverWebhook>[1] = {}) {
  const rows = await withSystemTx((tx) =>
    tx
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.tenantId, t.tenantId), eq(webhookDeliveries.status, "pending"))),
  );
  const results = await Promise.allSettled(rows.map((row) => deliverWebhook({ tenantId: t.tenantId, deliveryId: row.id }, options)));
  return results.map((result) => result.status);
}

const lastReceived = () => {
  const last = receiver.received.at(-1)!;
  return { body: last.body, headers: last.headers as Record<string, string> };
};

describe("webhook endpoints", () => {
  it("the secret is shown once and stored only encrypted; the list never carries it", async () => {
    const t = await createTenant();
    const { secret, endpoint } = await endpointFor(t);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const [stored] = await withSystemTx((tx) => tx.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id)));
    expect(JSON.stringify(stored)).not.toContain(secret.slice(6));
    const page = await withTenantReadTx(t.tenantId, (tx) => listWebhookEndpointsFor(tx, t.owner.actor, { limit: 25 }));
    expect(page.items).toEqual([expect.objectContaining({ id: endpoint.id, enabled: true, eventTypes: ["configuration.created"] })]);
    expect(JSON.stringify(page)).not.toContain(stored!.secretCiphertext);
  });

  it("an event is queued in the change's transaction only for enabled endpoints that subscribe to it", async () => {
    const t = await createTenant();
    const subscribed = await endpointFor(t, ["configuration.created"]);
    const other = await endpointFor(t, ["feedback.created"]);
    const disabled = await endpointFor(t, ["configuration.created"]);
    await updateWebhookEndpoint(t.owner, disabled.endpoint.id, { enabled: false });
    await createConfiguration(t.owner, configurationInput());
    expect(await deliveriesOf(t, subscribed.endpoint.id)).toHaveLength(1);
    expect(await deliveriesOf(t, other.endpoint.id)).toHaveLength(0);
    expect(await deliveriesOf(t, disabled.endpoint.id)).toHaveLength(0);
    const [delivery] = await deliveriesOf(t, subscribed.endpoint.id);
    const jobs = await withSystemTx((tx) => tx.select().from(outbox).where(eq(outbox.tenantId, t.tenantId)));
    expect(jobs.filter((job) => job.topic === "webhooks.deliver").map((job) => job.payload)).toEqual([
      { tenantId: t.tenantId, deliveryId: delivery!.id },
    ]);
  });

  it("a member joining and leaving are events with the member's id, email and role", async () => {
    const t = await createTenant();
    const { endpoint } = await endpointFor(t, ["member.added", "member.removed"]);
    const member = await addMember(t.owner, "viewer");
    await removeMember(t.owner, member.userId);
    const events = (await deliveriesOf(t, endpoint.id)).map((d) => [d.eventType, d.payload]);
    const payload = { user_id: member.userId, email: member.email, role: "viewer" };
    expect(events.sort()).toEqual([
      ["member.added", payload],
      ["member.removed", payload],
    ]);
  });

  it("a delivery is signed with the Standard Webhooks scheme and verifies with its secret", async () => {
    const t = await createTenant();
    const { secret, endpoint } = await endpointFor(t);
    const configuration = await createConfiguration(t.owner, configurationInput());
    expect(await workPending(t)).toEqual(["fulfilled"]);
    const { body, headers } = lastReceived();
    const verified = new Webhook(secret).verify(body, headers) as { type: string; data: Record<string, unknown> };
    expect(verified).toMatchObject({ type: "configuration.created", data: { id: configuration.id, name: "Glycerol mist" } });
    const [delivery] = await deliveriesOf(t, endpoint.id);
    expect(headers["webhook-id"]).toBe(delivery!.eventId);
    expect(delivery).toMatchObject({ status: "succeeded", attempts: 1, responseStatus: 200, responseExcerpt: "ok" });
    expect(delivery!.latencyMs).toBeGreaterThanOrEqual(0);
    expect(() => new Webhook(`whsec_${Buffer.alloc(32, 1).toString("base64")}`).verify(body, headers)).toThrow();
  });

  it("a 500 is retried: the attempt is logged with its status and excerpt, and the retry delivers", async () => {
    const t = await createTenant();
    const { endpoint } = await endpointFor(t);
    await createConfiguration(t.owner, configurationInput());
    receiver.reply({ status: 500, body: "database down" });
    expect(await workPending(t)).toEqual(["rejected"]);
    expect((await deliveriesOf(t, endpoint.id))[0]).toMatchObject({
      status: "pending",
      attempts: 1,
      responseStatus: 500,
      responseExcerpt: "database down",
      error: "HTTP 500",
    });
    expect(await withTenantReadTx(t.tenantId, (tx) => getWebhookEndpointFor(tx, t.owner.actor, endpoint.id))).toMatchObject({
      enabled: true,
      failingSince: expect.any(Date),
    });
    expect(await workPending(t)).toEqual(["fulfilled"]);
    expect((await deliveriesOf(t, endpoint.id))[0]).toMatchObject({ status: "succeeded", attempts: 2, responseStatus: 200 });
    expect((await withTenantReadTx(t.tenantId, (tx) => getWebhookEndpointFor(tx, t.owner.actor, endpoint.id))).failingSince).toBeNull();
  });

  it("only a short text excerpt of the answer is kept, without control characters", async () => {
    const t = await createTenant();
    const { endpoint } = await endpointFor(t);
    await createConfiguration(t.owner, configurationInput());
    receiver.reply({ status: 200, body: `ok\u0000${"x".repeat(10_000)}` });
    expect(await workPending(t)).toEqual(["fulfilled"]);
    const [delivery] = await deliveriesOf(t, endpoint.id);
    expect(delivery).toMatchObject({ status: "succeeded", responseStatus: 200 });
    expect(delivery!.responseExcerpt).toBe(`ok${"x".repeat(498)}`);
  });

  it("a receiver that does not answer in time is a failed attempt, retried", async () => {
    const t = await createTenant();
    const { endpoint } = await endpointFor(t);
    await createConfiguration(t.owner, configurationInput());
    receiver.reply("hang");
    const started = Date.now();
    expect(await workPending(t, { timeoutMs: 300 })).toEqual(["rejected"]);
    expect(Date.now() - started).toBeLessThan(5000);
    expect((await deliveriesOf(t, endpoint.id))[0]).toMatchObject({ status: "pending", attempts: 1, error: "No answer within 300 ms" });
    expect(await workPending(t)).toEqual(["fulfilled"]);
  });

  it("an endpoint failing for the whole window is disabled and its admins are emailed", async () => {
    const t = await createTenant();
    const { endpoint } = await endpointFor(t);
    await createConfiguration(t.owner, configurationInput());
    const hour = 3_600_000;
    receiver.reply({ status: 503 }, { status: 503 });
    expect(await workPending(t, { failureWindowMs: hour })).toEqual(["rejected"]);
    expect((await withTenantReadTx(t.tenantId, (tx) => getWebhookEndpointFor(tx, t.owner.actor, endpoint.id))).enabled).toBe(true);
    const later = () => new Date(Date.now() + 2 * hour);
    expect(await workPending(t, { failureWindowMs: hour, now: later })).toEqual(["fulfilled"]);
    const disabled = await withTenantReadTx(t.tenantId, (tx) => getWebhookEndpointFor(tx, t.owner.actor, endpoint.id));
    expect(disabled).toMatchObject({ enabled: false, disabledReason: expect.stringContaining("HTTP 503") });
    expect((await deliveriesOf(t, endpoint.id))[0]).toMatchObject({ status: "failed", attempts: 2 });
    const mail = await withSystemTx((tx) => tx.select().from(emailOutbox).where(eq(emailOutbox.kind, "webhook.disabled")));
    expect(mail.filter((m) => m.tenantId === t.tenantId).map((m) => m.toAddress)).toEqual([t.ownerEmail]);
    // Disabled: nothing more is queued to it, and enabling it again clears the failure record.
    await createConfiguration(t.owner, configurationInput());
    expect(await deliveriesOf(t, endpoint.id)).toHaveLength(1);
    expect(await updateWebhookEndpoint(t.owner, endpoint.id, { enabled: true })).toMatchObject({
      enabled: true,
      disabledReason: null,
      failingSince: null,
    });
  });

  it("after a rotation both secrets verify during the overlap, then only the new one", async () => {
    const t = await createTenant();
    const { secret: oldSecret, endpoint } = await endpointFor(t);
    const rotated = await rotateWebhookSecret(t.owner, endpoint.id, { overlapHours: 24 });
    expect(rotated.secret).not.toBe(oldSecret);
    expect(rotated.endpoint.previousSecretExpiresAt).toBeInstanceOf(Date);
    await createConfiguration(t.owner, configurationInput());
    await workPending(t);
    const during = lastReceived();
    expect(during.headers["webhook-signature"]!.split(" ")).toHaveLength(2);
    expect(() => new Webhook(oldSecret).verify(during.body, during.headers)).not.toThrow();
    expect(() => new Webhook(rotated.secret).verify(during.body, during.headers)).not.toThrow();
    await withSystemTx((tx) =>
      tx
        .update(webhookEndpoints)
        .set({ previousSecretExpiresAt: new Date(Date.now() - 1000) })
        .where(eq(webhookEndpoints.id, endpoint.id)),
    );
    await createConfiguration(t.owner, configurationInput());
    await workPending(t);
    const after = lastReceived();
    expect(after.headers["webhook-signature"]!.split(" ")).toHaveLength(1);
    expect(() => new Webhook(oldSecret).verify(after.body, after.headers)).toThrow();
    expect(() => new Webhook(rotated.secret).verify(after.body, after.headers)).not.toThrow();
  });

  it("a test event and a redelivery are sent with the event's id, and every change is audited", async () => {
    const t = await createTenant();
    const { endpoint } = await endpointFor(t, ["configuration.archived"]);
    const configuration = await createConfiguration(t.owner, configurationInput());
    await archiveConfiguration(t.owner, configuration.id);
    await workPending(t);
    const [archived] = await deliveriesOf(t, endpoint.id);
    expect(archived).toMatchObject({
      eventType: "configuration.archived",
      payload: { id: configuration.id, archived_at: expect.any(String) },
    });
    const test = await sendWebhookTestEvent(t.owner, endpoint.id);
    const again = await redeliverWebhook(t.owner, endpoint.id, archived!.id);
    expect(again.eventId).toBe(archived!.eventId);
    expect(await workPending(t)).toEqual(["fulfilled", "fulfilled"]);
    const types = receiver.received.slice(-2).map((r) => JSON.parse(r.body).type);
    expect(types.sort()).toEqual(["configuration.archived", "webhook.test"]);
    expect((await deliveriesOf(t, endpoint.id)).map((d) => d.id)).toEqual(expect.arrayContaining([test.id, again.id]));
    await deleteWebhookEndpoint(t.owner, endpoint.id);
    const actions = await withTenantReadTx(t.tenantId, (tx) =>
      tx.select({ action: auditLogs.action }).from(auditLogs).where(eq(auditLogs.resourceId, endpoint.id)),
    );
    expect(actions.map((a) => a.action).sort()).toEqual(["webhook.create", "webhook.delete", "webhook.redeliver", "webhook.test"]);
  });

  it("another tenant's endpoint is not found (404) for every use case", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const { endpoint } = await endpointFor(a);
    const id = endpoint.id;
    const notFound = { code: "not_found" };
    await expect(withTenantReadTx(b.tenantId, (tx) => getWebhookEndpointFor(tx, b.owner.actor, id))).rejects.toMatchObject(notFound);
    await expect(withTenantReadTx(b.tenantId, (tx) => listWebhookDeliveriesFor(tx, b.owner.actor, id, { limit: 5 }))).rejects.toMatchObject(
      notFound,
    );
    await expect(updateWebhookEndpoint(b.owner, id, { enabled: false })).rejects.toMatchObject(notFound);
    await expect(rotateWebhookSecret(b.owner, id, { overlapHours: 24 })).rejects.toMatchObject(notFound);
    await expect(sendWebhookTestEvent(b.owner, id)).rejects.toMatchObject(notFound);
    await expect(redeliverWebhook(b.owner, id, id)).rejects.toMatchObject(notFound);
    await expect(deleteWebhookEndpoint(b.owner, id)).rejects.toMatchObject(notFound);
    expect(await withTenantReadTx(a.tenantId, (tx) => getWebhookEndpointFor(tx, a.owner.actor, id))).toMatchObject({ enabled: true });
  });
});

describe("the webhook queue", () => {
  it("delivers a committed event through the outbox relay and pg-boss", async () => {
    const t = await createTenant();
    const { secret } = await endpointFor(t);
    const worker = await startWorker({ "webhooks.deliver": (job) => deliverWebhook(job) }, { relayIntervalMs: 100 });
    try {
      const configuration = await createConfiguration(t.owner, configurationInput());
      // Other tests' deliveries still waiting in the outbox go out too: look for this one.
      const mine = () => receiver.received.find((r) => r.body.includes(configuration.id));
      await expect.poll(mine, { timeout: 15_000, interval: 100 }).toBeDefined();
      const { body, headers } = mine()!;
      expect(new Webhook(secret).verify(body, headers as Record<string, string>)).toMatchObject({ data: { id: configuration.id } });
    } finally {
      await worker.stop();
    }
  });
});
