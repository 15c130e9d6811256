import { describe, expect, it } from "vitest";
import { collectRouteDocs } from "./openapi-routes";

/**
 * Handlers that answer JSON without a declared response schema, each for a reason. Everything
 * else declares `response` (a JSON body), `produces` (a file) or `status: 204` (no body).
 */
const UNDESCRIBED: Record<string, string> = {
  "GET /api/openapi.json": "the OpenAPI document itself: its shape is the OpenAPI 3.1 specification's",
  ...Object.fromEntries(
    ["GET", "POST", "PUT", "PATCH", "DELETE"].map((method) => [
      `${method} /api/[...path]`,
      "a path without an endpoint: only the error body",
    ]),
  ),
};

const docs = await collectRouteDocs();

describe("response schemas", () => {
  it("every wrapped route handler says what it answers (a JSON schema, a file, or no body)", () => {
    const undescribed = [...docs]
      .filter(([, doc]) => !doc.response && !doc.produces && doc.status !== 204)
      .map(([route]) => route)
      .filter((route) => !(route in UNDESCRIBED));
    expect(undescribed).toEqual([]);
  });

  it("the list of exceptions names only routes that exist and still need it", () => {
    for (const route of Object.keys(UNDESCRIBED)) {
      const doc = docs.get(route);
      expect(doc, route).toBeDefined();
      expect(doc?.response, route).toBeUndefined();
    }
  });

  it("a handler that answers no body declares no body schema", () => {
    const both = [...docs].filter(([, doc]) => doc.status === 204 && doc.response).map(([route]) => route);
    expect(both).toEqual([]);
  });
});
