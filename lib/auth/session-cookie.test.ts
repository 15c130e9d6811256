import { describe, expect, it } from "vitest";
import { sessionCookieIsSecure } from "./session-cookie";

describe("sessionCookieIsSecure", () => {
  it("is true whenever APP_URL is https", () => {
    expect(sessionCookieIsSecure("https://app.example.com")).toBe(true);
    expect(sessionCookieIsSecure("https://localhost:8443/base")).toBe(true);
  });

  it("is false on a plain-http local run, where browsers would drop a Secure cookie", () => {
    expect(sessionCookieIsSecure("http://localhost:3000")).toBe(false);
  });
});
