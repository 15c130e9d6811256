import { expect, test } from "@playwright/test";
import { expectError, latestEmail, linkIn, login, newClient, PASSWORD, signUp } from "../support";

test.describe("sign-up and sign-in", () => {
  test("sign-up creates a trialing professional tenant and signs the person in", async () => {
    const owner = await signUp("Nozzle Labs");
    const res = await owner.client.get("/api/tenants/me");
    expect(res.status()).toBe(200);
    expect(await res.json()).toMatchObject({
      name: "Nozzle Labs",
      slug: expect.stringMatching(/^nozzle-labs/),
      plan: "professional",
      subscriptionStatus: "trialing",
      isOwner: true,
      limits: { max_users: 5 },
    });
  });

  test("a password under 12 characters is refused with the field named", async () => {
    const client = await newClient();
    const res = await client.post("/api/auth/signup", {
      data: { name: "Short", email: "short@example.test", password: "elevenchars", companyName: "Shorty" },
    });
    const error = await expectError(res, 422, "validation_failed");
    expect(error.details).toEqual([expect.objectContaining({ path: "password" })]);
  });

  test("the same email cannot sign up twice (409)", async () => {
    const owner = await signUp();
    const client = await newClient();
    const res = await client.post("/api/auth/signup", {
      data: { name: "Again", email: owner.email, password: PASSWORD, companyName: "Again Co" },
    });
    await expectError(res, 409, "conflict");
  });

  test("a wrong password gets 401 with the error body", async () => {
    const owner = await signUp();
    const client = await newClient({ "X-Forwarded-For": "203.0.113.50" });
    await expectError(
      await client.post("/api/auth/login", { data: { email: owner.email, password: "not-the-password" } }),
      401,
      "unauthorized",
    );
  });

  test("repeated failures are rate-limited with 429 and Retry-After", async () => {
    const owner = await signUp();
    const client = await newClient({ "X-Forwarded-For": "203.0.113.51" });
    for (let i = 0; i < 5; i++) {
      await expectError(
        await client.post("/api/auth/login", { data: { email: owner.email, password: "not-the-password" } }),
        401,
        "unauthorized",
      );
    }
    const res = await client.post("/api/auth/login", { data: { email: owner.email, password: PASSWORD } });
    await expectError(res, 429, "rate_limited");
    expect(Number(res.headers()["retry-after"])).toBeGreaterThan(0);
  });

  test("logout ends the session", async () => {
    const owner = await signUp();
    expect((await owner.client.post("/api/auth/logout")).status()).toBe(204);
    await expectError(await owner.client.get("/api/tenants/me"), 401, "unauthorized");
  });
});

test.describe("password reset", () => {
  test("the emailed link works once and signs out every existing session", async () => {
    const owner = await signUp();
    const other = await login(owner.email);
    const forgot = await (await newClient()).post("/api/auth/forgot-password", { data: { email: owner.email } });
    expect(forgot.status()).toBe(202);
    const path = linkIn(await latestEmail(owner.email), /https?:\/\/\S+\/reset-password\?token=\S+/);
    const token = decodeURIComponent(new URLSearchParams(path.split("?")[1]).get("token")!);

    const client = await newClient();
    expect((await client.post("/api/auth/reset-password", { data: { token, password: "a-whole-new-password" } })).status()).toBe(200);
    await expectError(
      await client.post("/api/auth/reset-password", { data: { token, password: "and-another-one-1" } }),
      400,
      "bad_request",
    );

    await expectError(await owner.client.get("/api/tenants/me"), 401, "unauthorized");
    await expectError(await other.get("/api/tenants/me"), 401, "unauthorized");
    await login(owner.email, "a-whole-new-password");
  });

  test("an unknown email gets the same 202", async () => {
    const res = await (await newClient()).post("/api/auth/forgot-password", { data: { email: "nobody-here@example.test" } });
    expect(res.status()).toBe(202);
  });
});
