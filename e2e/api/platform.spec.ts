import { randomUUID } from "node:crypto";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { BASE_URL } from "../../playwright.config";
import { DEMO, expectError, login, newClient, signUp } from "../support";

test("health reports the database and migrations", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ status: "ok", database: "ok", migrations: { current: true } });
});

test("every response carries the security headers and a request id", async ({ request }) => {
  for (const path of ["/", "/login", "/api/health", "/api/health/live", "/api/tenants/me", "/api/auth/session", "/api/no-such-endpoint"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["x-request-id"], path).toMatch(/^[A-Za-z0-9._-]{8,64}$/);
    // A page may run its own nonced scripts; an API answer may not run or load anything.
    if (path.startsWith("/api/")) expect(headers["content-security-policy"], path).toBe("default-src 'none'; frame-ancestors 'none'");
    else expect(headers["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["strict-transport-security"], path).toContain("max-age=");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
  }
});

test("a caller's request id is echoed back", async ({ request }) => {
  const res = await request.get("/api/tenants/me", { headers: { "x-request-id": "trace-abc-12345" } });
  expect(res.headers()["x-request-id"]).toBe("trace-abc-12345");
  expect((await res.json()).error.requestId).toBe("trace-abc-12345");
});

test("a path under /api/ that no endpoint answers gets the error body, not a page", async ({ request }) => {
  const calls = [
    ["GET", "/api/no-such-endpoint"],
    ["POST", "/api/configurations/not-a-thing/nope"],
    ["DELETE", "/api/tenants/members/a/b/c"],
  ] as const;
  for (const [method, path] of calls) {
    const res = await request.fetch(path, { method, headers: { "x-request-id": "trace-missing-123" } });
    expect(res.headers()["content-type"], path).toMatch(/^application\/json/);
    expect(res.headers()["x-request-id"], path).toBe("trace-missing-123");
    const error = await expectError(res, 404, "not_found");
    expect(error.message).toContain(`${method} ${path}`);
  }
  // Under another organization's configuration the answer is the same as under a made-up id.
  const [owner, other] = [await signUp(), await signUp()];
  const created = await other.client.post("/api/configurations", {
    data: { name: "Theirs", fluid: { viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72 }, targets: { flowMlMin: 300 } },
  });
  expect(created.status(), await created.text()).toBe(201);
  const theirs = ((await created.json()) as { id: string }).id;
  for (const id of [theirs, randomUUID()]) {
    const error = await expectError(await owner.client.put(`/api/configurations/${id}/nope`, { data: {} }), 404, "not_found");
    expect(error.message).toBe(`No API endpoint answers PUT /api/configurations/${id}/nope. The API reference is at /docs/api.`);
  }
  // A route that exists keeps its own answer to a method it does not have.
  expect((await request.fetch("/api/health/live", { method: "DELETE" })).status()).toBe(405);
});

test("a cookie-authenticated write from another origin is refused (CSRF)", async () => {
  const owner = await signUp();
  const evil = await owner.client.put("/api/tenants/me", { data: { name: "Hijacked" }, headers: { Origin: "https://evil.example" } });
  await expectError(evil, 403, "forbidden");
  const state = await owner.client.storageState();
  const bare = await playwrightRequest.newContext({ baseURL: BASE_URL, storageState: state });
  await expectError(await bare.put("/api/tenants/me", { data: { name: "Hijacked" } }), 403, "forbidden");
  expect((await (await owner.client.get("/api/tenants/me")).json()).name).not.toBe("Hijacked");
});

test("the demo tenant is seeded with an admin who can sign in", async () => {
  const client = await login(DEMO.admin, DEMO.password);
  const members = (await (await client.get("/api/tenants/members")).json()).members as { email: string; role: string }[];
  expect(members.map((m) => [m.email, m.role]).sort()).toEqual([
    ["admin@demo.aerospec.local", "admin"],
    ["staff@aerospec.local", "viewer"],
    ["user@demo.aerospec.local", "user"],
    ["viewer@demo.aerospec.local", "viewer"],
  ]);
});

test("signed-out visitors are sent from the app to the sign-in page", async () => {
  const client = await newClient();
  const res = await client.get("/settings/team", { maxRedirects: 0 });
  expect(res.status()).toBe(307);
  expect(res.headers().location).toContain("/login?callbackUrl=%2Fsettings%2Fteam");
});
