import { afterEach, describe, expect, it, vi } from "vitest";

// A fresh module each time: env() keeps what it parsed first.
const freshEnv = async () => {
  vi.resetModules();
  return import("./env");
};

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("envValue", () => {
  it("validates one setting while the others are missing (the logger during next build)", async () => {
    vi.stubEnv("DATABASE_URL", undefined);
    vi.stubEnv("AUTH_SECRET", undefined);
    vi.stubEnv("LOG_LEVEL", "debug");
    const { env, envValue } = await freshEnv();
    expect(envValue("LOG_LEVEL")).toBe("debug");
    expect(() => env()).toThrow(/DATABASE_URL/);
  });

  it("applies the setting's default and refuses a value outside its schema", async () => {
    vi.stubEnv("LOG_LEVEL", undefined);
    expect((await freshEnv()).envValue("LOG_LEVEL")).toBe("info");
    vi.stubEnv("LOG_LEVEL", "loud");
    const { envValue } = await freshEnv();
    expect(() => envValue("LOG_LEVEL")).toThrow(/LOG_LEVEL/);
  });

  it("parses DATABASE_POOL_SIZE as a positive whole number, 10 when unset", async () => {
    vi.stubEnv("DATABASE_POOL_SIZE", undefined);
    expect((await freshEnv()).env().DATABASE_POOL_SIZE).toBe(10);
    vi.stubEnv("DATABASE_POOL_SIZE", "4");
    expect((await freshEnv()).env().DATABASE_POOL_SIZE).toBe(4);
    vi.stubEnv("DATABASE_POOL_SIZE", "0");
    const { env } = await freshEnv();
    expect(() => env()).toThrow(/DATABASE_POOL_SIZE/);
  });
});
