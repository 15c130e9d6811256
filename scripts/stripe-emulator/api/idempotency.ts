import { ApiError } from "../core/api-error";
import type { State, StoredResponse } from "../core/state";

/** The stored response for a repeated `Idempotency-Key`, or null for a new key. */
export function storedResponse(state: State, key: string, fingerprint: string): StoredResponse | null {
  const stored = state.idempotency.get(key);
  if (!stored) return null;
  if (stored.fingerprint !== fingerprint) {
    throw new ApiError(400, {
      type: "idempotency_error",
      message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
    });
  }
  return stored;
}

export function storeResponse(state: State, key: string, response: StoredResponse): void {
  state.idempotency.set(key, response);
}
