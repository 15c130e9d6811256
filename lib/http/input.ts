import type { NextRequest } from "next/server";
import type { z } from "zod";
import { AppError, validationError } from "./errors";

// A request's input as the route wrapper reads it: params, query and body checked against the
// route's zod schemas, and the API key it may carry.

const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
const API_KEY_PARAM = "api_key";

export type AnySchema = z.ZodType;
export type Infer<S> = S extends AnySchema ? z.infer<S> : undefined;

export type RouteOptions<B, Q, P> = {
  body?: B;
  query?: Q;
  params?: P;
  maxBodyBytes?: number;
  /** What a success answers, for the OpenAPI document (the presenter is typed by the same schema). */
  response?: AnySchema;
  /** The success status when it is not 200 (201 for a create; 204 for a handler that answers null, no body). */
  status?: 200 | 201 | 202 | 204;
};

export type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

async function readJsonBody<S extends AnySchema>(req: NextRequest, schema: S, maxBytes: number): Promise<z.infer<S>> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new AppError("payload_too_large", `The request body is larger than ${maxBytes} bytes`);
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) {
    throw new AppError("unsupported_media_type", "Send the request body as application/json");
  }
  const text = await req.text();
  if (Buffer.byteLength(text) > maxBytes) throw new AppError("payload_too_large", `The request body is larger than ${maxBytes} bytes`);
  let json: unknown;
  try {
    json = text.length === 0 ? {} : JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}

function parseWith<S extends AnySchema | undefined>(schema: S, value: unknown, notFound = false): Infer<S> {
  if (!schema) return undefined as Infer<S>;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data as Infer<S>;
  if (notFound) throw new AppError("not_found", "Not found");
  throw validationError(parsed.error, "The query string is not valid");
}

/** The query string's parameters, without an API key given as `?api_key=` (a credential, not input). */
function queryOf(req: NextRequest): Record<string, string> {
  const query = Object.fromEntries(req.nextUrl.searchParams);
  delete query[API_KEY_PARAM];
  return query;
}

export async function parseInput<B extends AnySchema | undefined, Q extends AnySchema | undefined, P extends AnySchema | undefined>(
  req: NextRequest,
  routeCtx: RouteContext | undefined,
  options: RouteOptions<B, Q, P>,
) {
  // Each part is read only when the route declared it (this runs on every request).
  const params = parseWith(options.params, options.params && routeCtx ? await routeCtx.params : {}, true) as Infer<P>;
  const query = parseWith(options.query, options.query ? queryOf(req) : {}) as Infer<Q>;
  const body = (
    options.body ? await readJsonBody(req, options.body, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES) : undefined
  ) as Infer<B>;
  return { params, query, body };
}

/**
 * The API key a request authenticates with: `Authorization: Bearer <key>`, or (spec §7.1,
 * discouraged: URLs end up in histories and proxy logs) `?api_key=<key>`. Null for a browser
 * request, which authenticates with its session cookie.
 */
export function apiKeyOf(req: NextRequest): string | null {
  const authorization = req.headers.get("authorization");
  if (authorization && /^bearer\s/i.test(authorization)) return authorization.slice(7).trim();
  return req.nextUrl.searchParams.get(API_KEY_PARAM);
}
