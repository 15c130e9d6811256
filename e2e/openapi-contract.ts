import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

// Every API response the e2e suite receives is held to docs/openapi.json (and the internal
// endpoints' docs/openapi-internal.json): a route that documents
// its success body must answer with that shape under its documented status, and every error is
// the one error body. A presenter or schema that drifts fails the spec that made the call.

type Operation = { responses?: Record<string, { content?: { "application/json"?: { schema?: object } } }> };
type OpenApi = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, object> } };

const readDocument = (file: string) => JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../docs", file), "utf8")) as OpenApi;
// The internal endpoints (sign-in, staff, health, callbacks) are held to their own document too.
const publicDocument = readDocument("openapi.json");
const document: OpenApi = { ...publicDocument, paths: { ...publicDocument.paths, ...readDocument("openapi-internal.json").paths } };
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema({ $id: "openapi", components: document.components });
const resolveRefs = (schema: object) => JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/')) as object;

/**
 * The document leaves objects open, so that clients accept fields added later; the server is
 * held tighter here: a field it sends that the document does not list is drift (a presenter
 * that spreads a row, a schema that fell behind), so every object that lists its properties
 * and says nothing of others is closed for the check.
 */
function closeObjects(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closeObjects);
  if (schema === null || typeof schema !== "object") return schema;
  const closed = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, closeObjects(value)]));
  if ("properties" in closed && !("additionalProperties" in closed)) closed.additionalProperties = false;
  return closed;
}
const errorBody = ajv.compile(resolveRefs({ $ref: "#/components/schemas/Error" }));

type Route = {
  method: string;
  template: string;
  pattern: RegExp;
  params: number;
  /** The success statuses the document names (none: it says only "2XX"). */
  statuses: string[];
  success: Map<string, ValidateFunction>;
};

const routes: Route[] = Object.entries(document.paths).flatMap(([template, operations]) =>
  Object.entries(operations).map(([method, operation]) => {
    const success = new Map<string, ValidateFunction>();
    const statuses = Object.keys(operation.responses ?? {}).filter((status) => /^2\d\d$/.test(status));
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      const schema = response.content?.["application/json"]?.schema;
      if (status.startsWith("2") && !status.includes("X") && schema)
        success.set(status, ajv.compile(resolveRefs(closeObjects(schema) as object)));
    }
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`);
    return { method: method.toUpperCase(), template, pattern, params: (template.match(/\{/g) ?? []).length, statuses, success };
  }),
);
// A literal segment wins over a parameter: /api/configurations/predict before /{id}.
routes.sort((a, b) => a.params - b.params);

function routeOf(method: string, url: string): Route | undefined {
  const pathname = new URL(url).pathname;
  return routes.find((r) => r.method === method && r.pattern.test(pathname));
}

function describeErrors(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .slice(0, 5)
    .map((e) => {
      const extra = "additionalProperty" in e.params ? ` (${String(e.params.additionalProperty)})` : "";
      return `${e.instancePath || "(body)"} ${e.message}${extra}`;
    })
    .join("; ");
}

/** What is wrong with this answer by the document, or null (also for routes it does not list). */
export function findContractProblem(method: string, url: string, status: number, body: unknown): string | null {
  const route = routeOf(method, url);
  if (!route) return null;
  const where = `${method} ${route.template} → ${status}`;
  if (status >= 400) return errorBody(body) ? null : `${where}: not the documented error body: ${describeErrors(errorBody)}`;
  if (route.statuses.length === 0) return null;
  const validate = route.success.get(String(status));
  if (!validate) return `${where}: undocumented status (documented: ${route.statuses.join(", ")})`;
  return validate(body) ? null : `${where}: the body does not match the document: ${describeErrors(validate)}`;
}

async function assertDocumented(method: string, response: APIResponse): Promise<void> {
  if (!(response.headers()["content-type"] ?? "").includes("application/json")) return;
  const problem = findContractProblem(method, response.url(), response.status(), await response.json());
  if (problem) throw new Error(problem);
}

const METHODS = { get: "GET", post: "POST", put: "PUT", patch: "PATCH", delete: "DELETE" } as const;

/** The same request context, with every answer checked against the OpenAPI document. */
export function checkAgainstDocument(context: APIRequestContext): APIRequestContext {
  return new Proxy(context, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      const method = METHODS[property as keyof typeof METHODS];
      if (!method || typeof value !== "function") return typeof value === "function" ? value.bind(target) : value;
      return async (...args: unknown[]) => {
        const response = (await value.apply(target, args)) as APIResponse;
        await assertDocumented(method, response);
        return response;
      };
    },
  });
}
