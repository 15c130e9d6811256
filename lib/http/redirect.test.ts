import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./redirect";

describe("safeRedirectPath", () => {
  it.each([
    ["/configurations?status=draft", "/configurations?status=draft"],
    ["/invitations/abc#top", "/invitations/abc#top"],
    ["/settings/../app", "/app"],
  ])("keeps the same-site path %s", (value, expected) => {
    expect(safeRedirectPath(value)).toBe(expected);
  });

  it.each([
    "/\\evil.invalid/x",
    "/\t/evil.invalid/x",
    "/\n/evil.invalid",
    "//evil.invalid/x",
    "/\\/evil.invalid",
    "/.//evil.invalid",
    "https://evil.invalid/x",
    "javascript:alert(1)",
    "evil.invalid",
    "",
  ])("falls back for %j, which would leave the site", (value) => {
    expect(safeRedirectPath(value)).toBe("/app");
  });

  it("falls back for anything that is not one string", () => {
    expect(safeRedirectPath(["/a", "/b"])).toBe("/app");
    expect(safeRedirectPath(undefined, "/settings")).toBe("/settings");
  });

  it("every kept path resolves to our own origin from any base", () => {
    for (const value of ["/a", "/%2F/evil.invalid", "/%5Cevil.invalid", "/..%2F..%2Fx", "/\u3000/evil.invalid"]) {
      const kept = safeRedirectPath(value);
      expect(new URL(kept, "http://localhost:3000").origin).toBe("http://localhost:3000");
    }
  });
});
