/** Browser-side JSON calls to our own API, turning the error body into a typed error. */

export type ApiErrorDetail = { path?: string; message: string; [key: string]: unknown };

export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: ApiErrorDetail[];
  readonly requestId: string | null;
  readonly retryAfterSeconds: number | null;

  constructor(init: { code: string; message: string; status: number; details?: ApiErrorDetail[]; requestId?: string | null; retryAfterSeconds?: number | null }) {
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function parseDetails(value: unknown): ApiErrorDetail[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((d) => ({
    ...d,
    path: typeof d.path === "string" ? d.path : undefined,
    message: typeof d.message === "string" ? d.message : "",
  }));
}

async function toApiError(response: Response): Promise<ApiError> {
  const retryAfter = Number(response.headers.get("retry-after"));
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null;
  const payload: unknown = await response.json().catch(() => null);
  const error = isRecord(payload) && isRecord(payload.error) ? payload.error : null;
  return new ApiError({
    status: response.status,
    code: typeof error?.code === "string" ? error.code : "internal",
    message: typeof error?.message === "string" ? error.message : `The request failed (${response.status}). Please try again.`,
    details: parseDetails(error?.details),
    requestId: typeof error?.requestId === "string" ? error.requestId : response.headers.get("x-request-id"),
    retryAfterSeconds,
  });
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
