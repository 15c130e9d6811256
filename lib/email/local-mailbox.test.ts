import { afterEach, describe, expect, it, vi } from "vitest";

const saved = { APP_ENV: process.env.APP_ENV, SMTP_URL: process.env.SMTP_URL, STRIPE_SECRET_KEY: process.env.STRIPE_SECRET_KEY };
const RESOLVED = Symbol.for("aerospec.forwarding-resolved");

/** canReadLocalMailbox under a fresh parse of the environment, inside the app server. */
async function mailboxCheck(appEnv: string | undefined) {
  vi.resetModules();
  if (appEnv === undefined) delete process.env.APP_ENV;
  else process.env.APP_ENV = appEnv;
  // What used to switch local mode on by inference: no Stripe key and no SMTP.
  delete process.env.SMTP_URL;
  delete process.env.STRIPE_SECRET_KEY;
  (globalThis as Record<symbol, unknown>)[RESOLVED] = true;
  return (await import("./local-mailbox")).canReadLocalMailbox;
}

const local = (ip: string, host = "localhost:3000") => new Headers({ "x-forwarded-for": ip, host });

afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  delete (globalThis as Record<symbol, unknown>)[RESOLVED];
  vi.resetModules();
});

describe("canReadLocalMailbox", () => {
  it("is off when APP_ENV is not set, even with no SMTP or Stripe configured", async () => {
    const check = await mailboxCheck(undefined);
    expect(check(local("127.0.0.1"))).toBe(false);
  });

  it("is off in production", async () => {
    expect((await mailboxCheck("production"))(local("127.0.0.1"))).toBe(false);
  });

  it("serves loopback clients addressed by a local name in local and test mode", async () => {
    for (const mode of ["local", "test"]) {
      const check = await mailboxCheck(mode);
      expect(check(local("127.0.0.1"))).toBe(true);
      expect(check(local("::1", "127.0.0.1:3000"))).toBe(true);
    }
  });

  it("refuses clients elsewhere on the network, and local clients under a foreign host name", async () => {
    const check = await mailboxCheck("local");
    expect(check(local("192.0.2.10"))).toBe(false);
    expect(check(local("127.0.0.1", "evil.invalid"))).toBe(false);
  });

  it("refuses when the address was not resolved by the app server (headers are the client's word)", async () => {
    const check = await mailboxCheck("local");
    delete (globalThis as Record<symbol, unknown>)[RESOLVED];
    expect(check(local("127.0.0.1"))).toBe(false);
  });
});
