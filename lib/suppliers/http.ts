import type { Supplier } from "@/lib/prediction/schemas";
import { SupplierError } from "./errors";

/** Where a supplier's API is and the bearer key it expects. */
export type SupplierConnection = { supplier: Supplier; baseUrl: string; apiKey: string };

export type SupplierRequest = {
  method: "GET" | "POST" | "DELETE";
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  signal: AbortSignal;
};

/** Retry-After in seconds or as an HTTP date, in milliseconds from now. */
function parseRetryAfter(value: string | null): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

function describeBody(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/**
 * One HTTP call; a 2xx answer's JSON comes back as `unknown` for the adapter to validate.
 * Everything else becomes a SupplierError. An aborted call rethrows the abort, so the
 * timeout policy that aborted it reports the timeout.
 */
export async function requestSupplierJson(connection: SupplierConnection, request: SupplierRequest): Promise<unknown> {
  const { supplier } = connection;
  let response: Response;
  try {
    response = await fetch(new URL(request.path, connection.baseUrl), {
      method: request.method,
      headers: {
        Authorization: `Bearer ${connection.apiKey}`,
        Accept: "application/json",
        ...(request.body === undefined ? {} : { "Content-Type": "application/json" }),
        ...request.headers,
      },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: request.signal,
    });
  } catch (error) {
    if (request.signal.aborted) throw error;
    throw new SupplierError(supplier, "unavailable", "could not connect", { cause: error });
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (request.signal.aborted) throw error;
    throw new SupplierError(supplier, "unavailable", "connection lost while answering", { cause: error });
  }
  const status = response.status;
  if (status === 429) {
    throw new SupplierError(supplier, "rate_limited", "rate limited", {
      status,
      retryAfterMs: parseRetryAfter(response.headers.get("retry-after")),
    });
  }
  if (status >= 500) throw new SupplierError(supplier, "unavailable", `answered ${status}`, { status });
  if (status >= 400) throw new SupplierError(supplier, "rejected", `answered ${status}: ${describeBody(text)}`, { status });
  if (status < 200 || status >= 300) throw new SupplierError(supplier, "bad_response", `unexpected status ${status}`, { status });
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new SupplierError(supplier, "bad_response", "answered with malformed JSON", { status, cause: error });
  }
}
