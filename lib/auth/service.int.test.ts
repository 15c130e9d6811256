import { describe, expect, it } from "vitest";
import { listOutboxMessages } from "@/lib/email/outbox";
import { createTenant, META, PASSWORD } from "@/scripts/vitest/factories";
import { authenticate, getSessionState, requestPasswordReset, resetPassword, signUp } from "./service";

function meta(ip: string) {
  return { ...META, ip };
}

async function resetTokenFor(email: string): Promise<string> {
  const [message] = await listOutboxMessages({ to: email, limit: 1 });
  const token = message?.text.match(/token=([A-Za-z0-9_%-]+)/)?.[1];
  if (!token) throw new Error(`no reset email for ${email}`);
  return decodeURIComponent(token);
}

describe("sign-in", () => {
  it("accepts the right password (any email case) and opens a session in the user's tenant", async () => {
    const t = await createTenant();
    const signedIn = await authenticate({ email: t.ownerEmail.toUpperCase(), password: PASSWORD }, meta("198.51.100.1"));
    expect(signedIn).toMatchObject({ userId: t.ownerId, tenantId: t.tenantId, sessionId: expect.any(String) });
  });

  it("returns null for a wrong password or an unknown email", async () => {
    const t = await createTenant();
    expect(await authenticate({ email: t.ownerEmail, password: "wrong-password-123" }, meta("198.51.100.2"))).toBeNull();
    expect(await authenticate({ email: "nobody@example.test", password: PASSWORD }, meta("198.51.100.2"))).toBeNull();
  });

  it("blocks an account after 5 failures with 429 and Retry-After, even with the right password", async () => {
    const t = await createTenant();
    for (let i = 0; i < 5; i++) {
      expect(await authenticate({ email: t.ownerEmail, password: "wrong-password-123" }, meta(`198.51.100.${10 + i}`))).toBeNull();
    }
    const blocked = authenticate({ email: t.ownerEmail, password: PASSWORD }, meta("198.51.100.99"));
    await expect(blocked).rejects.toMatchObject({
      code: "rate_limited",
      status: 429,
      headers: { "Retry-After": expect.stringMatching(/^\d+$/) },
    });
  });

  it("blocks an IP after 20 failures across accounts", async () => {
    const ip = "198.51.100.200";
    for (let i = 0; i < 20; i++) {
      await authenticate({ email: `probe-${i}@example.test`, password: "wrong-password-123" }, meta(ip));
    }
    const t = await createTenant();
    await expect(authenticate({ email: t.ownerEmail, password: PASSWORD }, meta(ip))).rejects.toMatchObject({ code: "rate_limited" });
    await expect(authenticate({ email: t.ownerEmail, password: PASSWORD }, meta("198.51.100.201"))).resolves.not.toBeNull();
  });

  it("refuses a second account with the same email (409)", async () => {
    const t = await createTenant();
    await expect(
      signUp({ name: "Copy", email: t.ownerEmail.toUpperCase(), password: PASSWORD, companyName: "Copycat" }, META),
    ).rejects.toMatchObject({ code: "conflict" });
  });
});

describe("password reset", () => {
  it("emails a link that sets a new password once and revokes existing sessions", async () => {
    const t = await createTenant();
    const before = await getSessionState(t.tenantId, t.ownerId);
    await requestPasswordReset(t.ownerEmail);
    const token = await resetTokenFor(t.ownerEmail);
    await resetPassword({ token, password: "a-brand-new-password" });

    const after = await getSessionState(t.tenantId, t.ownerId);
    expect(after!.userVersion).toBe(before!.userVersion + 1);
    expect(await authenticate({ email: t.ownerEmail, password: PASSWORD }, meta("192.0.2.1"))).toBeNull();
    expect(await authenticate({ email: t.ownerEmail, password: "a-brand-new-password" }, meta("192.0.2.1"))).not.toBeNull();
    await expect(resetPassword({ token, password: "yet-another-password" })).rejects.toMatchObject({ code: "bad_request" });
  });

  it("sends at most 3 reset emails per address per hour", async () => {
    const t = await createTenant();
    for (let i = 0; i < 5; i++) await requestPasswordReset(t.ownerEmail);
    const resets = (await listOutboxMessages({ to: t.ownerEmail })).filter((m) => m.subject === "Reset your AeroSpec password");
    expect(resets).toHaveLength(3);
  });

  it("says nothing about unknown emails and sends nothing", async () => {
    await expect(requestPasswordReset("ghost@example.test")).resolves.toBeUndefined();
    expect(await listOutboxMessages({ to: "ghost@example.test" })).toEqual([]);
  });

  it("refuses a made-up token", async () => {
    await expect(resetPassword({ token: "x".repeat(43), password: "a-brand-new-password" })).rejects.toMatchObject({
      code: "bad_request",
    });
  });
});
