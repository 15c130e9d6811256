import type { LookupFunction } from "node:net";
import { describe, expect, it } from "vitest";
import { postWebhook } from "./send";
import { assertAllowedWebhookUrl, isForbiddenAddress } from "./url-guard";

/** A resolver answering from a table, as DNS would. */
function fakeDns(table: Record<string, string[]>): LookupFunction {
  return (hostname, options, callback) => {
    const addresses = (table[hostname] ?? []).map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
    if (addresses.length === 0) return callback(Object.assign(new Error(`ENOTFOUND ${hostname}`), { code: "ENOTFOUND" }), "", 0);
    if (options.all) return callback(null, addresses);
    return callback(null, addresses[0]!.address, addresses[0]!.family);
  };
}

const dns = fakeDns({
  "hooks.example.com": ["93.184.216.34"],
  "internal.example.com": ["10.0.0.8"],
  "mixed.example.com": ["93.184.216.34", "192.168.1.4"],
  "metadata.example.com": ["169.254.169.254"],
  "v6-local.example.com": ["fd00:ec2::254"],
  localhost: ["127.0.0.1"],
});

describe("SSRF guard", () => {
  it.each([
    ["127.0.0.1", true],
    ["10.1.2.3", true],
    ["172.20.0.1", true],
    ["192.168.0.10", true],
    ["169.254.169.254", true],
    ["100.64.0.1", true],
    ["0.0.0.0", true],
    ["::1", true],
    ["::ffff:127.0.0.1", true],
    ["fe80::1", true],
    ["fd00:ec2::254", true],
    ["93.184.216.34", false],
    ["2606:2800:220:1:248:1893:25c8:1946", false],
  ])("%s is forbidden: %s", (address, forbidden) => {
    expect(isForbiddenAddress(address)).toBe(forbidden);
  });

  it.each([
    ["http://hooks.example.com/x", "Use an https URL"],
    ["https://127.0.0.1/x", "private or reserved range"],
    ["https://[::1]/x", "private or reserved range"],
    ["https://169.254.169.254/latest/meta-data", "private or reserved range"],
    ["https://localhost/x", "resolves to a private or reserved address"],
    ["https://internal.example.com/x", "resolves to a private or reserved address"],
    ["https://mixed.example.com/x", "resolves to a private or reserved address"],
    ["https://metadata.example.com/x", "resolves to a private or reserved address"],
    ["https://v6-local.example.com/x", "resolves to a private or reserved address"],
    ["https://nowhere.example.com/x", "could not be resolved"],
    ["https://user:pass@hooks.example.com/x", "Leave credentials out"],
  ])("in production %s is refused at save", async (url, message) => {
    await expect(assertAllowedWebhookUrl(url, { production: true, lookup: dns })).rejects.toThrow(message);
  });

  it("in production a public https URL is accepted", async () => {
    await expect(assertAllowedWebhookUrl("https://hooks.example.com/aerospec", { production: true, lookup: dns })).resolves.toBeUndefined();
  });

  it("locally loopback and plain http are accepted, so tests and the demo can receive", async () => {
    await expect(assertAllowedWebhookUrl("http://127.0.0.1:4000/hooks", { production: false })).resolves.toBeUndefined();
  });

  it.each([
    ["http://hooks.example.com/x", "https"],
    ["https://10.0.0.8/x", "private or reserved range"],
    ["https://internal.example.com/x", "resolves to a private or reserved address"],
  ])("in production %s is refused again at send, before any request", async (url, message) => {
    const message_ = { eventId: "e", type: "webhook.test", payload: {}, timestamp: new Date() };
    const secret = `whsec_${Buffer.alloc(32, 7).toString("base64")}`;
    const result = await postWebhook(url, [secret], message_, { timeoutMs: 1000, production: true, lookup: dns });
    expect(result).toMatchObject({ ok: false, status: null });
    expect(result.error).toContain("Refused");
    expect(result.error).toContain(message);
  });
});
