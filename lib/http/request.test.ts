import { describe, expect, it } from "vitest";
import { appLink, getClientInfo } from "./request";

const post = (origin?: string) => new Request("http://localhost:3000/api/x", { method: "POST", headers: origin ? { origin } : {} });

describe("links back to the app", () => {
  it("go to the origin the browser is on when it is APP_URL's", () => {
    expect(appLink(getClientInfo(post("http://localhost:3000")), "/settings/billing")).toBe("http://localhost:3000/settings/billing");
  });

  it("never go to an origin a request names that is not ours", () => {
    const meta = getClientInfo(post("https://evil.invalid"));
    expect(meta.appOrigin).toBeUndefined();
    expect(appLink(meta, "/invitations/abc")).toBe("http://localhost:3000/invitations/abc");
  });

  it("go to APP_URL without a request", () => {
    expect(appLink(null, "/reset-password?token=t")).toBe("http://localhost:3000/reset-password?token=t");
  });
});
