import { type APIRequestContext, expect, request, test } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { startWebhookReceiver } from "@/scripts/webhook-receiver";
import { BASE_URL } from "../../playwright.config";
import { expectError, signUp } from "../support";

// Outbound webhooks over HTTP: an admin registers a receiver, a script changes data with an API
// key, and the receiver gets the signed event.
const CONFIGURATION = {
  name: "Announced by webhook",
  fluid: { viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72 },
  targets: { flowMlMin: 300 },
};

let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let script: APIRequestContext;

test.beforeAll(async () => {
  receiver = await startWebhookReceiver();
  script = await request.newContext({ baseURL: BASE_URL });
});
test.afterAll(() => receiver.close());

type Created = { secret: string; endpoint: { id: string } };

async function createEndpoint(client: APIRequestContext, eventTypes: string[]): Promise<Created> {
  const res = await client.post("/api/webhooks", { data: { url: receiver.url, eventTypes } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as Created;
}

test("a configuration created with an API key reaches the endpoint signed, and the delivery log shows it", async () => {
  const admin = await signUp("Webhook Co");
  const { secret, endpoint } = await createEndpoint(admin.client, ["configuration.created"]);
  expect(secret).toMatch(/^whsec_/);
  expect(await (await admin.client.get(`/api/webhooks/${endpoint.id}`)).text()).not.toContain(secret);

  const key = await admin.client.post("/api/api-keys", { data: { name: "ERP", scopes: ["configurations.write"] } });
  const { secret: apiKey } = (await key.json()) as { secret: string };
  const created = await script.post("/api/configurations", { data: CONFIGURATION, headers: { Authorization: `Bearer ${apiKey}` } });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  const mine = () => receiver.received.find((r) => r.body.includes(id));
  await expect.poll(mine, { timeout: 20_000 }).toBeDefined();
  const event = new Webhook(secret).verify(mine()!.body, mine()!.headers as Record<string, string>);
  expect(event).toMatchObject({ type: "configuration.created", data: { id, name: CONFIGURATION.name } });

  await expect
    .poll(async () => ((await (await admin.client.get(`/api/webhooks/${endpoint.id}/deliveries`)).json()) as { items: unknown[] }).items, {
      timeout: 10_000,
    })
    .toEqual([expect.objectContaining({ eventType: "configuration.created", status: "succeeded", attempts: 1, responseStatus: 200 })]);
});

test("rotating the secret signs with both secrets; a test event and a redelivery keep the log", async () => {
  const admin = await signUp("Webhook Rotation Co");
  const { secret, endpoint } = await createEndpoint(admin.client, ["feedback.created"]);
  const rotated = await admin.client.post(`/api/webhooks/${endpoint.id}/rotate-secret`, { data: {} });
  expect(rotated.status(), await rotated.text()).toBe(200);
  const { secret: next } = (await rotated.json()) as { secret: string };
  const test_ = await admin.client.post(`/api/webhooks/${endpoint.id}/test`);
  expect(test_.status()).toBe(202);
  const delivery = (await test_.json()) as { id: string; eventId: string };
  const mine = () => receiver.received.filter((r) => r.headers["webhook-id"] === delivery.eventId);
  await expect.poll(() => mine().length, { timeout: 20_000 }).toBe(1);
  const [got] = mine();
  for (const s of [secret, next])
    expect(new Webhook(s).verify(got!.body, got!.headers as Record<string, string>)).toMatchObject({ type: "webhook.test" });

  const again = await admin.client.post(`/api/webhooks/${endpoint.id}/deliveries/${delivery.id}/redeliver`);
  expect(again.status(), await again.text()).toBe(202);
  await expect.poll(() => mine().length, { timeout: 20_000 }).toBe(2);
  const log = (await (await admin.client.get(`/api/webhooks/${endpoint.id}/deliveries?limit=1`)).json()) as {
    items: unknown[];
    nextCursor: string;
  };
  expect(log.items).toHaveLength(1);
  const older = await admin.client.get(`/api/webhooks/${endpoint.id}/deliveries?limit=1&cursor=${encodeURIComponent(log.nextCursor)}`);
  expect(((await older.json()) as { items: { id: string }[] }).items.map((d) => d.id)).toEqual([delivery.id]);
});

test("input is validated and a disabled endpoint gets no test event", async () => {
  const admin = await signUp("Webhook Input Co");
  await expectError(
    await admin.client.post("/api/webhooks", { data: { url: "ftp://example.com", eventTypes: ["member.added"] } }),
    422,
    "validation_failed",
  );
  await expectError(
    await admin.client.post("/api/webhooks", { data: { url: receiver.url, eventTypes: ["order.paid"] } }),
    422,
    "validation_failed",
  );
  const { endpoint } = await createEndpoint(admin.client, ["member.added"]);
  await expectError(await admin.client.put(`/api/webhooks/${endpoint.id}`, { data: {} }), 422, "validation_failed");
  const disabled = await admin.client.put(`/api/webhooks/${endpoint.id}`, { data: { enabled: false } });
  expect(await disabled.json()).toMatchObject({ enabled: false });
  await expectError(await admin.client.post(`/api/webhooks/${endpoint.id}/test`), 409, "conflict");
});

test("another organization's endpoint is a 404 for every call", async () => {
  const owner = await signUp("Webhook Owner Co");
  const other = await signUp("Webhook Other Co");
  const { endpoint } = await createEndpoint(owner.client, ["member.added"]);
  const path = `/api/webhooks/${endpoint.id}`;
  await expectError(await other.client.get(path), 404, "not_found");
  await expectError(await other.client.put(path, { data: { enabled: false } }), 404, "not_found");
  await expectError(await other.client.post(`${path}/rotate-secret`, { data: {} }), 404, "not_found");
  await expectError(await other.client.post(`${path}/test`), 404, "not_found");
  await expectError(await other.client.get(`${path}/deliveries`), 404, "not_found");
  await expectError(await other.client.post(`${path}/deliveries/${endpoint.id}/redeliver`), 404, "not_found");
  await expectError(await other.client.delete(path), 404, "not_found");
  expect(await (await owner.client.get(path)).json()).toMatchObject({ id: endpoint.id, enabled: true });
  expect((await (await other.client.get("/api/webhooks")).json()).items).toEqual([]);
});
