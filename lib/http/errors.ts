import { z } from "zod";
import { isDatabaseUnavailable } from "@/db/errors";
import { InvalidCursorError } from "@/db/keyset";
import { ERROR_STATUS, type ErrorBody, type ErrorCode, type ErrorDetail } from "./error-body";

export { ERROR_STATUS, type ErrorCode };

/** Seconds a client should wait before retrying while the database is unreachable. */
const UNAVAILABLE_RETRY_AFTER_S = 5;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetail[];
  readonly headers: Record<string, string>;

  constructor(code: ErrorCode, message: string, options: { details?: ErrorDetail[]; headers?: Record<string, string> } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = options.details ?? [];
    this.headers = options.headers ?? {};
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function validationError(error: z.ZodError, message = "The request is not valid"): AppError {
  const details = error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    message: issue.message,
  }));
  return new AppError("validation_failed", message, { details });
}

/** A lost or refused database connection: temporary, so the client is told when to retry. */
export function unavailableError(): AppError {
  return new AppError("unavailable", "AeroSpec cannot reach its database right now. Please try again in a few seconds.", {
    headers: { "Retry-After": String(UNAVAILABLE_RETRY_AFTER_S) },
  });
}

/** Unknown errors become `internal` with a generic message; their text never leaves the server. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof z.ZodError) return validationError(error);
  // A cursor is the client's input, checked when the list query decodes it.
  if (error instanceof InvalidCursorError) {
    return new AppError("validation_failed", error.message, { details: [{ path: "cursor", message: "Not valid" }] });
  }
  if (isDatabaseUnavailable(error)) return unavailableError();
  return new AppError("internal", "Something went wrong on our side. Please try again.");
}

export function errorResponse(error: AppError, requestId: string): Response {
  const body: ErrorBody = {
    error: { code: error.code, message: error.message, details: error.details, requestId },
  };
  return Response.json(body, {
    status: error.status,
    headers: { ...error.headers, "x-request-id": requestId },
  });
}
