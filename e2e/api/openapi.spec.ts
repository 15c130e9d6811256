import { expect, request, test } from "@playwright/test";
import { BASE_URL } from "../../playwright.config";

test("the OpenAPI document is served to anyone, with the API key security schemes and the error body", async () => {
  const client = await request.newContext({ baseURL: BASE_URL });
  const res = await client.get("/api/openapi.json");
  expect(res.status()).toBe(200);
  const document = (await res.json()) as {
    openapi: string;
    paths: Record<string, Record<string, { security?: unknown[] }>>;
    components: { securitySchemes: Record<string, unknown>; schemas: Record<string, unknown> };
  };
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.components.securitySchemes).sort()).toEqual(["apiKey", "apiKeyQuery", "session"]);
  expect(document.components.schemas.Error).toBeDefined();
  expect(document.paths["/api/configurations"]?.post?.security).toContainEqual({ apiKey: [] });
  expect(Object.keys(document.paths).some((path) => path.startsWith("/api/admin"))).toBe(false);
  await client.dispose();
});
