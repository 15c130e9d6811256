import { afterEach, describe, expect, it, vi } from "vitest";
import { type ApiError, apiFetch } from "./client";
import { errorBodySchema } from "./error-body";
import { AppError, errorResponse, unavailableError } from "./errors";

afterEach(() => vi.unstubAllGlobals());

/** The server's answer for `error`, handed to the browser client as fetch's response. */
async function roundTrip(error: AppError): Promise<ApiError> {
  const response = errorResponse(error, "req-12345678");
  vi.stubGlobal("fetch", async () => response);
  return apiFetch("/api/anything").then(
    () => {
      throw new Error("expected a failure");
    },
    (caught: unknown) => caught as ApiError,
  );
}

describe("the error body", () => {
  it("what the server sends is what the browser's schema reads", async () => {
    const response = errorResponse(
      new AppError("conflict", "Already submitted", { details: [{ path: "status", message: "Submitted" }] }),
      "req-12345678",
    );
    expect(errorBodySchema.parse(await response.json())).toEqual({
      error: {
        code: "conflict",
        message: "Already submitted",
        details: [{ path: "status", message: "Submitted" }],
        requestId: "req-12345678",
      },
    });
  });

  it("arrives in the browser as an ApiError with code, field messages, request id and Retry-After", async () => {
    const validation = await roundTrip(
      new AppError("validation_failed", "Not valid", { details: [{ path: "name", message: "Give it a name" }] }),
    );
    expect(validation).toMatchObject({ status: 422, code: "validation_failed", message: "Not valid", requestId: "req-12345678" });
    expect(validation.fieldMessage("name")).toBe("Give it a name");
    const outage = await roundTrip(unavailableError());
    expect(outage).toMatchObject({ status: 503, code: "unavailable", retryAfterSeconds: 5 });
  });

  it("an answer that is not our error body becomes a generic failure, not a crash", async () => {
    vi.stubGlobal(
      "fetch",
      async () => new Response("<html>Bad gateway</html>", { status: 502, headers: { "x-request-id": "edge-1234567" } }),
    );
    await expect(apiFetch("/api/anything")).rejects.toMatchObject({
      status: 502,
      code: "internal",
      requestId: "edge-1234567",
      message: expect.stringContaining("502"),
    });
  });
});
