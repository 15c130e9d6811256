import { OpenAPIRegistry, OpenApiGeneratorV31, type ResponseConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { errorBodySchema } from "@/lib/http/error-body";
import type { ProducesDoc, RouteDoc, UploadDoc } from "@/lib/http/route";
import { isApiKeyScope } from "@/lib/rbac/permissions";

/** One route handler as the document lists it: `path` as the folder under app/api names it. */
export type DocumentedRoute = { method: string; path: string; summary: string; doc: RouteDoc };

type Method = "get" | "post" | "put" | "patch" | "delete";

/** `/api/configurations/[id]` → `/api/configurations/{id}`. */
function toOpenApiPath(path: string): string {
  return path.replace(/\[([A-Za-z0-9_]+)\]/g, "{$1}");
}

/** The first segment after /api: configurations, tenants, api-keys… */
function tagOf(path: string): string {
  return path.split("/")[2] ?? "api";
}

function accessOf(doc: RouteDoc): { description: string; security: Record<string, string[]>[] } {
  switch (doc.caller) {
    case "public":
      return { description: "No sign-in needed.", security: [] };
    case "staff":
      return { description: "AeroSpec staff only (API keys are refused).", security: [{ session: [] }] };
    case "service":
      return {
        description: `AeroSpec's own services only: a service token with the \`${doc.scope}\` scope. Member sessions get 401, organization API keys 403.`,
        security: [{ serviceToken: [] }],
      };
    case "member":
      if (!doc.permission) {
        return { description: "A signed-in member, in a browser session: API keys cannot use it.", security: [{ session: [] }] };
      }
      if (!isApiKeyScope(doc.permission)) {
        return {
          description: `Needs \`${doc.permission}\`: a member whose role has it, in a browser session (no API key carries it).`,
          security: [{ session: [] }],
        };
      }
      return {
        description: `Needs \`${doc.permission}\`: a member whose role has it, or an API key with that scope (narrowed to its creator's role).`,
        security: [{ session: [] }, { apiKey: [] }, { apiKeyQuery: [] }],
      };
  }
}

/** Zod objects (or a pipe from one) describe parameters; anything else is left to the body. */
function asParameters(schema: z.ZodType | undefined) {
  return schema instanceof z.ZodObject || schema instanceof z.ZodPipe ? schema : undefined;
}

/** The declared success body under its status; routes that declare none say only "2XX". */
function successResponse(schema: z.ZodType | undefined, status = 200, produces?: ProducesDoc): Record<string, ResponseConfig> {
  if (produces) {
    const content = Object.fromEntries(produces.mediaTypes.map((type) => [type, { schema: { type: "string" as const } }]));
    return { [String(status)]: { description: produces.description, content } };
  }
  if (status === 204) return { "204": { description: "Done; no body" } };
  if (!schema) return { "2XX": { description: "Success" } };
  return { [String(status)]: { description: "Success", content: { "application/json": { schema } } } };
}

/** A multipart/form-data body with one file part. */
function uploadBody(upload: UploadDoc) {
  const file = { type: "string" as const, contentMediaType: upload.mediaType, description: upload.description };
  return {
    required: true,
    content: {
      "multipart/form-data": { schema: { type: "object" as const, required: [upload.field], properties: { [upload.field]: file } } },
    },
  };
}

/**
 * OpenAPI 3.1 for the route handlers given, built from the zod schemas the wrapper validates
 * their input with, so the document and the checks cannot drift. Every error is the one body.
 */
const PUBLIC_INFO = {
  title: "AeroSpec API",
  version: "1",
  description:
    "The endpoints the AeroSpec app uses, callable with an API key where a permission allows it. Calls with a key count against the plan's monthly API calls and a per-key limit per minute (X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset; 429 with Retry-After past it).",
};

/** The internal document's: not served; the e2e contract check holds these endpoints to it too. */
export const INTERNAL_INFO = {
  title: "AeroSpec internal endpoints",
  version: "1",
  description:
    "Sign-in, AeroSpec staff's endpoints, health checks, the Stripe and supplier callbacks and the local mailbox. Not part of the public API and not served.",
};

export function buildOpenApiDocument(routes: DocumentedRoute[], info = PUBLIC_INFO) {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "session", {
    type: "apiKey",
    in: "cookie",
    name: "authjs.session-token",
    description: "The browser session. Writes must come from AeroSpec's own origin.",
  });
  registry.registerComponent("securitySchemes", "apiKey", {
    type: "http",
    scheme: "bearer",
    description: "An API key (`sk_live_…`) from Settings → API keys, as `Authorization: Bearer <key>`.",
  });
  registry.registerComponent("securitySchemes", "apiKeyQuery", {
    type: "apiKey",
    in: "query",
    name: "api_key",
    description: "The same key as `?api_key=`. Discouraged: URLs end up in histories and proxy logs.",
  });
  registry.registerComponent("securitySchemes", "serviceToken", {
    type: "http",
    scheme: "bearer",
    description: "A service token (`st_live_…`) made by AeroSpec staff for one of AeroSpec's own services.",
  });
  const { $schema: _dialect, ...errorBody } = z.toJSONSchema(errorBodySchema, { target: "draft-2020-12" });
  registry.registerComponent("schemas", "Error", errorBody as Record<string, unknown>);
  const error = { $ref: "#/components/schemas/Error" };
  const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: error } } });
  for (const route of routes) {
    const access = accessOf(route.doc);
    const { params, query, body, response, status, upload, produces } = route.doc;
    registry.registerPath({
      method: route.method.toLowerCase() as Method,
      path: toOpenApiPath(route.path),
      summary: route.summary,
      description: access.description,
      tags: [tagOf(route.path)],
      security: access.security,
      request: {
        params: asParameters(params),
        query: asParameters(query),
        body: body ? { required: true, content: { "application/json": { schema: body } } } : upload ? uploadBody(upload) : undefined,
      },
      responses: {
        ...successResponse(response, status, produces),
        "4XX": errorResponse("The request was refused; `error.code` says why (statuses in the error table)."),
        "5XX": errorResponse("AeroSpec could not answer (`internal`, or `unavailable` with Retry-After)."),
      },
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info,
  });
}
