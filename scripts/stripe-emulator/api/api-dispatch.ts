import type { IncomingHttpHeaders } from "node:http";
import { ApiError, type ApiErrorBody } from "../core/api-error";
import type { Ctx } from "../core/context";
import { parseForm } from "../core/form-body";
import { newId } from "../core/ids";
import { Params } from "../core/params";
import { API_VERSION } from "../events/event-log";
import { matchRoute } from "../http/router";
import type { ApiRoute } from "./api-types";
import { expand } from "./expand";
import { storedResponse, storeResponse } from "./idempotency";

export type ApiCall = { method: string; path: string; query: string; body: string; headers: IncomingHttpHeaders };
export type ApiReply = { status: number; body: string; headers: Record<string, string> };

const MISSING_KEY =
  "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').";

/** The API key from `Bearer <key>`, or from Basic auth with the key as user name (as curl -u sends it). */
function apiKey(header: string | undefined): string | undefined {
  const bearer = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) return bearer;
  const basic = header?.match(/^Basic\s+(\S+)$/i)?.[1];
  return basic ? Buffer.from(basic, "base64").toString("utf8").split(":")[0] : undefined;
}

function authError(header: string | undefined): ApiErrorBody | null {
  const key = apiKey(header);
  if (key === undefined) return { type: "invalid_request_error", message: MISSING_KEY };
  if (!key.startsWith("sk_")) return { type: "invalid_request_error", message: `Invalid API Key provided: ${key.slice(0, 8)}****` };
  return null;
}

/** Runs the matching handler; errors become Stripe's `{ error }` body. */
function execute(ctx: Ctx, routes: ApiRoute[], call: ApiCall): { status: number; payload: unknown } {
  try {
    const match = matchRoute(routes, call.method, call.path);
    if (!match) {
      throw new ApiError(404, { type: "invalid_request_error", message: `Unrecognized request URL (${call.method}: ${call.path}).` });
    }
    const raw = call.method === "POST" ? { ...parseForm(call.query), ...parseForm(call.body) } : parseForm(call.query);
    const params = new Params(raw);
    const result = match.handler(ctx, { params, path: match.params });
    return { status: 200, payload: expand(ctx.state, result, params.strings("expand")) };
  } catch (error) {
    if (error instanceof ApiError) return { status: error.status, payload: { error: error.body } };
    const message = error instanceof Error ? error.message : String(error);
    return { status: 500, payload: { error: { type: "api_error", message } } };
  }
}

/** One `/v1` request: authentication, idempotent replay of POSTs, then the handler. */
export function handleApiCall(ctx: Ctx, routes: ApiRoute[], call: ApiCall): ApiReply {
  const headers: Record<string, string> = { "Content-Type": "application/json", "Request-Id": newId("req"), "Stripe-Version": API_VERSION };
  const denied = authError(call.headers.authorization);
  if (denied) return { status: 401, body: JSON.stringify({ error: denied }), headers };
  const keyHeader = call.headers["idempotency-key"];
  const key = call.method === "POST" && typeof keyHeader === "string" && keyHeader ? keyHeader : null;
  if (key === null) {
    const { status, payload } = execute(ctx, routes, call);
    return { status, body: JSON.stringify(payload), headers };
  }
  headers["Idempotency-Key"] = key;
  const fingerprint = `${call.method} ${call.path}?${call.query}\n${call.body}`;
  try {
    const stored = storedResponse(ctx.state, key, fingerprint);
    if (stored) return { status: stored.status, body: stored.body, headers: { ...headers, "Idempotent-Replayed": "true" } };
  } catch (error) {
    if (error instanceof ApiError) return { status: error.status, body: JSON.stringify({ error: error.body }), headers };
    throw error;
  }
  const { status, payload } = execute(ctx, routes, call);
  const body = JSON.stringify(payload);
  if (status < 500) storeResponse(ctx.state, key, { fingerprint, status, body });
  return { status, body, headers };
}
