import { describe, expect, it } from "vitest";
import { createApiKeySchema } from "./schemas";
import { generateApiKey, generateServiceToken, hashApiKey, isApiKeyFormat, isServiceTokenFormat } from "./secret";

const DAY = 86_400_000;

describe("a new API key", () => {
  it("is sk_live_ and 256 random bits, stored by its SHA-256, shown by its first characters", () => {
    const a = generateApiKey();
    const b = generateApiKey();
    expect(isApiKeyFormat(a.secret)).toBe(true);
    expect(a.secret).not.toBe(b.secret);
    expect(a.secretHash).toBe(hashApiKey(a.secret));
    expect(a.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.prefix).toBe(a.secret.slice(0, 16));
  });

  it.each(["", "sk_live_", `sk_test_${"a".repeat(43)}`, `sk_live_${"a".repeat(42)}`, `sk_live_${"a".repeat(42)}!`])(
    "%j is not shaped like a key",
    (text) => {
      expect(isApiKeyFormat(text)).toBe(false);
    },
  );
});

describe("a new service token", () => {
  it("is st_live_ and 256 random bits, made and stored as a key is, and never mistaken for one", () => {
    const token = generateServiceToken();
    const key = generateApiKey();
    expect(token.secret).toMatch(/^st_live_[A-Za-z0-9_-]{43}$/);
    expect(token.secretHash).toBe(hashApiKey(token.secret));
    expect(token.prefix).toBe(token.secret.slice(0, 16));
    expect(isServiceTokenFormat(token.secret)).toBe(true);
    expect(isApiKeyFormat(token.secret)).toBe(false);
    expect(isServiceTokenFormat(key.secret)).toBe(false);
  });
});

describe("creating a key", () => {
  const base = { name: "ERP sync", scopes: ["configurations.read"] };

  it("takes a name, scopes (each once) and an optional expiry", () => {
    const expiresAt = new Date(Date.now() + 30 * DAY).toISOString();
    expect(createApiKeySchema.parse({ ...base, scopes: ["configurations.read", "configurations.read"], expiresAt })).toEqual({
      name: "ERP sync",
      scopes: ["configurations.read"],
      expiresAt,
    });
  });

  it.each([
    ["no scope", { ...base, scopes: [] }, "scopes"],
    ["a scope that is not offered", { ...base, scopes: ["members.manage"] }, "scopes.0"],
    ["an expiry in the past", { ...base, expiresAt: new Date(Date.now() - DAY).toISOString() }, "expiresAt"],
    ["an expiry more than 3 years away", { ...base, expiresAt: new Date(Date.now() + 1200 * DAY).toISOString() }, "expiresAt"],
    ["the year 0", { ...base, expiresAt: "0000-01-01T00:00:00Z" }, "expiresAt"],
    ["a blank name", { ...base, name: "  " }, "name"],
    ["an unknown field", { ...base, rateLimit: 5 }, ""],
  ])("refuses %s", (_, input, path) => {
    const issue = createApiKeySchema.safeParse(input).error?.issues[0];
    expect(issue?.path.join(".")).toBe(path);
  });
});
