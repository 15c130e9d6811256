import { type ErrorCode, type ErrorDetail, errorBodySchema } from "./error-body";

/** Browser-side JSON calls to our own API, turning the error body into a typed error. */

/** What the browser can be told besides the server's codes: the request never got an answer. */
export type ApiErrorCode = ErrorCode | "network_error";

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly details: ErrorDetail[];
  readonly requestId: string | null;
  readonly retryAfterSeconds: number | null;

  constructor(init: {
    code: ApiErrorCode;
    message: string;
    status: number;
    details?: ErrorDetail[];
    requestId?: string | null;
    retryAfterSeconds?: number | null;
  }) {
    super(init.message);
    this.name = "ApiError";
    this.code = init.code;
    this.status = init.status;
    this.details = init.details ?? [];
    this.requestId = init.requestId ?? null;
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }

  /** The first message the server gave for one field (`path`), if any. */
  fieldMessage(path: string): string | undefined {
    return this.details.find((d) => d.path === path)?.message;
  }
}

type ApiFetchOptions = { method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"; body?: unknown; signal?: AbortSignal };

async function toApiError(response: Response): Promise<ApiError> {
  const retryAfter = Number(response.headers.get("retry-after"));
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null;
  const parsed = errorBodySchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) {
    // Not our error body (a proxy's page, a crash before the wrapper): say what we know.
    return new ApiError({
      status: response.status,
      code: response.status === 503 ? "unavailable" : "internal",
      message: `The request failed (${response.status}). Please try again.`,
      requestId: response.headers.get("x-request-id"),
      retryAfterSeconds,
    });
  }
  const { error } = parsed.data;
  return new ApiError({ status: response.status, ...error, retryAfterSeconds });
}

export async function apiFetch<T>(path: string, options: ApiFetchOptions = {}): Promise<T> {
  const { method = "GET", body, signal } = options;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: "same-origin",
      headers: body === undefined ? { Accept: "application/json" } : { Accept: "application/json", "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError({ status: 0, code: "network_error", message: "Could not reach AeroSpec. Check your connection and try again." });
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return null as T;
  return (await response.json()) as T;
}

/** One file sent to the API as multipart/form-data in `field`; failures become the same ApiError as apiFetch. */
export async function apiUpload<T>(path: string, field: string, file: File): Promise<T> {
  const form = new FormData();
  form.set(field, file);
  let response: Response;
  try {
    response = await fetch(path, { method: "POST", credentials: "same-origin", headers: { Accept: "application/json" }, body: form });
  } catch {
    throw new ApiError({ status: 0, code: "network_error", message: "Could not reach AeroSpec. Check your connection and try again." });
  }
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as T;
}

/** A file from the API (CSV, PDF) as a Blob; failures become the same ApiError as apiFetch. */
export async function apiDownload(path: string): Promise<{ blob: Blob; filename: string | null }> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: "same-origin" });
  } catch {
    throw new ApiError({ status: 0, code: "network_error", message: "Could not reach AeroSpec. Check your connection and try again." });
  }
  if (!response.ok) throw await toApiError(response);
  const disposition = response.headers.get("content-disposition") ?? "";
  return { blob: await response.blob(), filename: /filename="([^"]+)"/.exec(disposition)?.[1] ?? null };
}

/** A message fit for a toast or an inline error, whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return "Something went wrong. Please try again.";
}

/** The query string of a list: empty filters left out (the API refuses a present-but-empty value), then cursor and limit. */
export function listPath(path: string, filters: Record<string, string>, cursor: string | null, limit: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value.trim() !== "") params.set(key, value.trim());
  }
  if (cursor) params.set("cursor", cursor);
  params.set("limit", String(limit));
  return `${path}?${params.toString()}`;
}
