import { expect, request, test } from "@playwright/test";
import { BASE_URL } from "../../playwright.config";
import { findContractProblem } from "../openapi-contract";
import { signUp } from "../support";

test("the OpenAPI document is served to anyone, with the API key and service token security schemes and the error body", async () => {
  const client = await request.newContext({ baseURL: BASE_URL });
  const res = await client.get("/api/openapi.json");
  expect(res.status()).toBe(200);
  const document = (await res.json()) as {
    openapi: string;
    paths: Record<string, Record<string, { security?: unknown[] }>>;
    components: { securitySchemes: Record<string, unknown>; schemas: Record<string, unknown> };
  };
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.components.securitySchemes).sort()).toEqual(["apiKey", "apiKeyQuery", "serviceToken", "session"]);
  expect(document.components.schemas.Error).toBeDefined();
  expect(document.paths["/api/configurations"]?.post?.security).toContainEqual({ apiKey: [] });
  expect(document.paths["/api/ml/training-data"]?.get?.security).toEqual([{ serviceToken: [] }]);
  expect(Object.keys(document.paths).some((path) => path.startsWith("/api/admin"))).toBe(false);
  await client.dispose();
});

test("answers are held to the document: a drifted body, an undocumented status or a foreign error body is caught", async () => {
  const owner = await signUp();
  const res = await owner.client.post("/api/configurations", {
    data: { name: "Contract", fluid: { viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72 }, targets: {} },
  });
  expect(res.status()).toBe(201);
  const body = (await res.json()) as Record<string, unknown>;
  const url = `${BASE_URL}/api/configurations`;
  expect(findContractProblem("POST", url, 201, body)).toBeNull();
  const { name: _name, ...withoutName } = body;
  expect(findContractProblem("POST", url, 201, withoutName)).toMatch(/^POST \/api\/configurations → 201: the body does not match.*name/);
  expect(findContractProblem("POST", url, 200, body)).toMatch(/undocumented status \(documented: 201\)/);
  expect(findContractProblem("GET", `${url}/${body.id}`, 200, { ...body, compatibleActuators: [{ sku: 1 }] })).toMatch(
    /compatibleActuators\/0/,
  );
  expect(findContractProblem("GET", url, 404, { message: "Not found" })).toMatch(/not the documented error body/);
  // A field the document does not list is drift too, at any depth.
  expect(findContractProblem("POST", url, 201, { ...body, internalNote: "x" })).toMatch(/additional properties \(internalNote\)/);
  const fluid = { ...(body.fluid as object), secret: 1 };
  expect(findContractProblem("POST", url, 201, { ...body, fluid })).toMatch(/\/fluid must NOT have additional properties \(secret\)/);
  // A route documented as answering no body may not answer one.
  expect(findContractProblem("DELETE", `${url}/${body.id}`, 200, {})).toMatch(/undocumented status \(documented: 204\)/);
  // The internal endpoints are held to their own document: staff's, for one.
  expect(findContractProblem("GET", `${BASE_URL}/api/admin/tenants`, 200, { items: [] })).toMatch(/nextCursor/);
});
