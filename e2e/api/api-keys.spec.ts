import { type APIRequestContext, expect, request, test } from "@playwright/test";
import { BASE_URL } from "../../playwright.config";
import { checkAgainstDocument } from "../openapi-contract";
import { addMember, expectError, signUp } from "../support";

// API keys over HTTP, as an integration would use them: a script with no cookie and no Origin.
const CONFIGURATION = {
  name: "Made by a script",
  fluid: { viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72 },
  targets: { flowMlMin: 300 },
};

let script: APIRequestContext;

test.beforeAll(async () => {
  script = checkAgainstDocument(await request.newContext({ baseURL: BASE_URL }));
});

const bearer = (secret: string) => ({ Authorization: `Bearer ${secret}` });

async function createKey(client: APIRequestContext, scopes: string[], name = "Script") {
  const res = await client.post("/api/api-keys", { data: { name, scopes } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { secret: string; apiKey: { id: string; prefix: string } };
}

test("a key is shown once, works as its creator with rate-limit headers, shows its use, and is refused once revoked", async () => {
  const admin = await signUp("Keys Co");
  const { secret, apiKey } = await createKey(admin.client, ["configurations.read", "configurations.write"]);
  expect(secret).toMatch(/^sk_live_/);
  const listed = await admin.client.get("/api/api-keys");
  expect(await listed.text()).not.toContain(secret);

  const created = await script.post("/api/configurations", { data: CONFIGURATION, headers: bearer(secret) });
  expect(created.status(), await created.text()).toBe(201);
  const headers = created.headers();
  expect(Number(headers["x-ratelimit-limit"])).toBeGreaterThan(0);
  expect(Number(headers["x-ratelimit-remaining"])).toBe(Number(headers["x-ratelimit-limit"]) - 1);
  expect(Number(headers["x-ratelimit-reset"])).toBeGreaterThan(Date.now() / 1000);
  expect(headers["cache-control"]).toBe("no-store");

  const [row] = ((await (await admin.client.get("/api/api-keys")).json()) as { items: { id: string; lastUsedAt: string | null }[] }).items;
  expect(row).toMatchObject({ id: apiKey.id, lastUsedAt: expect.any(String) });
  const usage = (await (await admin.client.get(`/api/api-keys/${apiKey.id}/usage?days=7`)).json()) as { total: number; days: unknown[] };
  expect(usage).toMatchObject({ total: 1 });
  expect(usage.days).toHaveLength(7);

  expect((await admin.client.delete(`/api/api-keys/${apiKey.id}`)).status()).toBe(204);
  const refused = await script.get("/api/configurations", { headers: bearer(secret) });
  expect((await expectError(refused, 401, "unauthorized")).message).toBe("This API key was revoked");
});

test("a key follows its creator: narrowed when they are downgraded, dead once they are removed", async () => {
  const admin = await signUp("Keys Team Co");
  const user = await addMember(admin, "user");
  const { secret } = await createKey(user.client, ["configurations.read"]);
  expect((await script.get("/api/configurations", { headers: bearer(secret) })).status()).toBe(200);

  expect((await admin.client.put(`/api/tenants/members/${user.userId}`, { data: { role: "viewer" } })).status()).toBe(200);
  await expectError(await script.get("/api/configurations", { headers: bearer(secret) }), 403, "forbidden");
  expect((await admin.client.put(`/api/tenants/members/${user.userId}`, { data: { role: "user" } })).status()).toBe(200);
  expect((await script.get("/api/configurations", { headers: bearer(secret) })).status()).toBe(200);

  expect((await admin.client.delete(`/api/tenants/members/${user.userId}`)).status()).toBe(204);
  await expectError(await script.get("/api/configurations", { headers: bearer(secret) }), 401, "unauthorized");
});

test("another organization's key is not found (404) to revoke or chart", async () => {
  const a = await signUp();
  const b = await signUp();
  const { apiKey } = await createKey(a.client, ["configurations.read"]);
  await expectError(await b.client.delete(`/api/api-keys/${apiKey.id}`), 404, "not_found");
  await expectError(await b.client.get(`/api/api-keys/${apiKey.id}/usage`), 404, "not_found");
  expect((await a.client.get(`/api/api-keys/${apiKey.id}/usage`)).status()).toBe(200);
});

test("concurrent calls at the per-minute limit: exactly the limit gets through, the rest 429 with Retry-After", async () => {
  const admin = await signUp("Keys Burst Co");
  const { secret } = await createKey(admin.client, ["configurations.read"]);
  const first = await script.get("/api/configurations?limit=1", { headers: bearer(secret) });
  const limit = Number(first.headers()["x-ratelimit-limit"]);
  const burst = await Promise.all(
    Array.from({ length: limit + 5 }, () => script.get("/api/configurations?limit=1", { headers: bearer(secret) })),
  );
  const statuses = burst.map((res) => res.status());
  expect(statuses.filter((s) => s === 200)).toHaveLength(limit - 1);
  expect(statuses.filter((s) => s === 429)).toHaveLength(6);
  const limited = burst.find((res) => res.status() === 429)!;
  await expectError(limited, 429, "rate_limited");
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  expect(limited.headers()["x-ratelimit-remaining"]).toBe("0");
});
