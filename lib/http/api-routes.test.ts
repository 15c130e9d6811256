import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const API = path.resolve(import.meta.dirname, "../../app/api");
const routes = readdirSync(API, { recursive: true, encoding: "utf8" })
  .filter((file) => path.basename(file) === "route.ts")
  .sort();

describe("API route modules", () => {
  it("are found", () => {
    expect(routes.length).toBeGreaterThan(40);
  });

  // Every API answer depends on the request (session, tenant, input). Declared dynamic, a route
  // gets the request as it is; otherwise Next.js wraps it to record each header, cookie and URL
  // read, on every request.
  it.each(routes)("app/api/%s is declared dynamic", async (file) => {
    const route = (await import(path.join(API, file))) as { dynamic?: string };
    expect(route.dynamic).toBe("force-dynamic");
  });
});
