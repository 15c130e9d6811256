import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, errorResponse, toAppError } from "./errors";

describe("error mapping", () => {
  it("hides the message of unknown errors", () => {
    const error = toAppError(new Error("password=hunter2 leaked in a stack"));
    expect(error.code).toBe("internal");
    expect(error.message).not.toContain("hunter2");
  });

  it("turns zod errors into 422 with field paths", () => {
    const result = z.object({ email: z.email() }).safeParse({ email: "nope" });
    const error = toAppError(result.error);
    expect(error.status).toBe(422);
    expect(error.details).toEqual([expect.objectContaining({ path: "email" })]);
  });

  it("renders the one error body with the request id and extra headers", async () => {
    const response = errorResponse(new AppError("rate_limited", "Slow down", { headers: { "Retry-After": "60" } }), "req-12345678");
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("60");
    expect(response.headers.get("x-request-id")).toBe("req-12345678");
    expect(await response.json()).toEqual({
      error: { code: "rate_limited", message: "Slow down", details: [], requestId: "req-12345678" },
    });
  });
});
