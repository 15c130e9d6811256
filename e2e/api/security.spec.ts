import { networkInterfaces } from "node:os";
import { expect, request, test } from "@playwright/test";
import { BASE_URL } from "../../playwright.config";
import { expectError, latestEmail, linkIn, login, newClient, PASSWORD, signUp } from "../support";

const CONFIGURATION = {
  name: "Replay check",
  fluid: { viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72, flashPointC: null },
  targets: { flowMlMin: 300, maxPressureBar: 6, coneDeg: 80 },
};

/** This machine's address on a real interface: a request to it does not arrive over loopback. */
function externalAddress(): string {
  for (const addresses of Object.values(networkInterfaces())) {
    const found = addresses?.find((a) => a.family === "IPv4" && !a.internal);
    if (found) return found.address;
  }
  throw new Error("this machine has no non-loopback IPv4 interface to send the request from");
}

test.describe("the local mailbox", () => {
  test("answers a client on this machine in test mode", async () => {
    const client = await newClient();
    expect((await client.get("/api/dev/mail?limit=1")).status()).toBe(200);
  });

  test("is not found for a client that is not on loopback", async () => {
    const port = new URL(BASE_URL).port;
    const client = await request.newContext({ baseURL: `http://${externalAddress()}:${port}` });
    await expectError(await client.get("/api/dev/mail?limit=1", { headers: { Host: `localhost:${port}` } }), 404, "not_found");
    expect((await client.get("/dev/mail", { headers: { Host: `localhost:${port}` } })).status()).toBe(404);
  });

  test("is not found under another site's host name (DNS rebinding)", async () => {
    const client = await newClient({ Host: "evil.invalid" });
    await expectError(await client.get("/api/dev/mail?limit=1"), 404, "not_found");
  });

  test("a client claiming to be loopback in X-Forwarded-For is still refused", async () => {
    const port = new URL(BASE_URL).port;
    const client = await request.newContext({ baseURL: `http://${externalAddress()}:${port}` });
    const res = await client.get("/api/dev/mail?limit=1", { headers: { Host: `localhost:${port}`, "X-Forwarded-For": "127.0.0.1" } });
    await expectError(res, 404, "not_found");
  });
});

test.describe("signing out", () => {
  test("a saved cookie replayed after logout is refused for reads and writes", async () => {
    const owner = await signUp();
    const saved = await owner.client.storageState();
    expect((await owner.client.post("/api/auth/logout")).status()).toBe(204);

    const replay = await request.newContext({ baseURL: BASE_URL, storageState: saved, extraHTTPHeaders: { Origin: BASE_URL } });
    await expectError(await replay.get("/api/tenants/me"), 401, "unauthorized");
    await expectError(await replay.post("/api/configurations", { data: CONFIGURATION }), 401, "unauthorized");
  });

  test("sign out everywhere ends every session of the account at once", async () => {
    const owner = await signUp();
    const laptop = await login(owner.email);
    const saved = await owner.client.storageState();
    expect((await owner.client.post("/api/auth/logout-everywhere")).status()).toBe(204);

    await expectError(await laptop.get("/api/tenants/me"), 401, "unauthorized");
    const replay = await request.newContext({ baseURL: BASE_URL, storageState: saved });
    await expectError(await replay.get("/api/tenants/me"), 401, "unauthorized");
    // Signing in again works, and the sign-out is in the audit trail.
    const again = await login(owner.email);
    const audit = await (await again.get("/api/audit-logs?action=user.")).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toContain("user.signed_out_everywhere");
  });

  test("switching organization ends the session it replaces", async () => {
    const first = await signUp("Replay First");
    const second = await signUp("Replay Second");
    const invite = await second.client.post("/api/tenants/members/invite", { data: { email: first.email, role: "user" } });
    expect(invite.status()).toBe(201);
    const token = linkIn(await latestEmail(first.email), /https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]+/)
      .split("/")
      .pop();
    const beforeAccept = await first.client.storageState();
    expect((await first.client.post(`/api/tenants/invitations/${token}/accept`, { data: {} })).status()).toBe(200);

    const replay = await request.newContext({ baseURL: BASE_URL, storageState: beforeAccept });
    await expectError(await replay.get("/api/tenants/me"), 401, "unauthorized");
    expect((await (await first.client.get("/api/tenants/me")).json()).name).toBe("Replay Second");
  });
});

test.describe("forwarding headers from a client that is not a proxy", () => {
  test("are not believed for the audit trail", async () => {
    const owner = await signUp();
    const spoofing = await login(owner.email, PASSWORD, { "X-Forwarded-For": "203.0.113.77", "X-Real-IP": "203.0.113.78" });
    expect((await spoofing.put("/api/tenants/me", { data: { name: "Spoof Check Ltd" } })).status()).toBe(200);
    const audit = await (await spoofing.get("/api/audit-logs?action=tenant.update")).json();
    const ip = audit.items[0].ipAddress as string;
    expect(ip).not.toMatch(/203\.0\.113/);
    expect(["127.0.0.1", "::1"]).toContain(ip);
  });

  test("cannot make a foreign Origin pass the CSRF check", async () => {
    const owner = await signUp();
    for (const headers of [
      { Origin: "evil://host", "X-Forwarded-Proto": "evil", "X-Forwarded-Host": "host" },
      { Origin: "https://evil.invalid", "X-Forwarded-Host": "evil.invalid", "X-Forwarded-Proto": "https" },
    ]) {
      const res = await owner.client.put("/api/tenants/me", { data: { name: "Hijacked" }, headers });
      await expectError(res, 403, "forbidden");
    }
    expect((await (await owner.client.get("/api/tenants/me")).json()).name).not.toBe("Hijacked");
  });
});

test("a password reset kills every other reset link of the account", async () => {
  const owner = await signUp();
  const anonymous = await newClient();
  const tokens: string[] = [];
  for (let i = 0; i < 2; i++) {
    expect((await anonymous.post("/api/auth/forgot-password", { data: { email: owner.email } })).status()).toBe(202);
    await expect
      .poll(async () => {
        const path = linkIn(await latestEmail(owner.email), /https?:\/\/\S+\/reset-password\?token=\S+/);
        return decodeURIComponent(new URLSearchParams(path.split("?")[1]).get("token")!);
      })
      .not.toBe(tokens[0]);
    const path = linkIn(await latestEmail(owner.email), /https?:\/\/\S+\/reset-password\?token=\S+/);
    tokens.push(decodeURIComponent(new URLSearchParams(path.split("?")[1]).get("token")!));
  }
  expect(
    (await anonymous.post("/api/auth/reset-password", { data: { token: tokens[1], password: "first-new-password-1" } })).status(),
  ).toBe(200);
  await expectError(
    await anonymous.post("/api/auth/reset-password", { data: { token: tokens[0], password: "second-new-password-2" } }),
    400,
    "bad_request",
  );
  await login(owner.email, "first-new-password-1");
});

test("the site has a favicon and a pricing page (no 404s on a first visit)", async () => {
  const client = await newClient();
  const icon = await client.get("/icon.svg");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  const pricing = await client.get("/pricing");
  expect(pricing.status()).toBe(200);
  expect(await pricing.text()).toContain("Professional");
});
