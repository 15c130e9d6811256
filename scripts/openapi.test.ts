import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listRouteHandlers } from "@/e2e/route-handlers";
import { buildOpenApiDocument, INTERNAL_INFO } from "@/lib/openapi/document";
import { collectDocumentedRoutes, collectInternalRoutes, INTERNAL_PREFIXES } from "./openapi-routes";

const { routes, problems } = await collectDocumentedRoutes();

describe("the OpenAPI document", () => {
  it("documents every route handler under app/api that is not on the internal list", () => {
    expect(problems).toEqual([]);
    const documented = routes.map((r) => `${r.method} ${r.path}`).sort();
    const api = listRouteHandlers().filter((route) => !INTERNAL_PREFIXES.some((prefix) => route.split(" ")[1]!.startsWith(prefix)));
    expect(documented).toEqual(api);
  });

  it("docs/openapi.json is the document the routes make now (npm run openapi writes it)", () => {
    const committed = JSON.parse(readFileSync("docs/openapi.json", "utf8"));
    expect(committed).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument(routes))));
  });

  it("docs/openapi-internal.json is the internal endpoints' document as the routes make it now", async () => {
    const committed = JSON.parse(readFileSync("docs/openapi-internal.json", "utf8"));
    expect(committed).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument(await collectInternalRoutes(), INTERNAL_INFO))));
    expect(Object.keys(committed.paths)).toContain("/api/admin/tenants/{id}");
  });

  it("says which routes an API key may call, and with what", () => {
    const document = buildOpenApiDocument(routes);
    const list = document.paths?.["/api/configurations"]?.get;
    expect(list?.security).toEqual([{ session: [] }, { apiKey: [] }, { apiKeyQuery: [] }]);
    expect(list?.description).toContain("configurations.read");
    expect(document.paths?.["/api/users/me"]?.get?.security).toEqual([{ session: [] }]);
    expect(document.paths?.["/api/api-keys"]?.post?.requestBody).toBeDefined();
    expect(document.paths?.["/api/api-keys/{id}"]?.delete?.parameters).toEqual([
      expect.objectContaining({ name: "id", in: "path", required: true }),
    ]);
  });
});
