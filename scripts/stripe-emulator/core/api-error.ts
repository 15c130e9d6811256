/** The body Stripe returns under `error`; the SDK picks its error class from the HTTP status. */
export type ApiErrorBody = {
  type: "invalid_request_error" | "card_error" | "idempotency_error" | "api_error";
  message: string;
  code?: string;
  param?: string;
  decline_code?: string;
  payment_intent?: unknown;
  doc_url?: string;
};

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message);
  }
}

export function invalidRequest(message: string, param?: string, code = "parameter_invalid"): ApiError {
  return new ApiError(400, { type: "invalid_request_error", code, message, ...(param ? { param } : {}) });
}

export function missingParam(param: string): ApiError {
  return invalidRequest(`Missing required param: ${param}.`, param, "parameter_missing");
}

export function unexpectedState(message: string, code: string): ApiError {
  return new ApiError(400, { type: "invalid_request_error", code, message });
}

export function notFound(noun: string, id: string, param = "id"): ApiError {
  return new ApiError(404, {
    type: "invalid_request_error",
    code: "resource_missing",
    message: `No such ${noun}: '${id}'`,
    param,
  });
}

export const DECLINE_MESSAGE = "Your card was declined.";

/** A 402 card error, as Stripe returns when the test card is declined. */
export function cardDeclined(extra: Partial<ApiErrorBody> = {}): ApiError {
  return new ApiError(402, {
    type: "card_error",
    code: "card_declined",
    decline_code: "generic_decline",
    message: DECLINE_MESSAGE,
    doc_url: "https://stripe.com/docs/error-codes/card-declined",
    ...extra,
  });
}
