import { describe, expect, it } from "vitest";
import { z } from "zod";
import { InvalidCursorError } from "@/db/keyset";
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

  it("turns a cursor the list could not decode into 422 naming the field", () => {
    const error = toAppError(new InvalidCursorError("The cursor is not valid"));
    expect(error.status).toBe(422);
    expect(error.details).toEqual([{ path: "cursor", message: "Not valid" }]);
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

describe("database outages", () => {
  // postgres.js attaches the failed query to every error it rejects a query with.
  const fromQuery = <E extends Error>(error: E): E => Object.defineProperty(error, "query", { value: "select 1" });
  const connectionErrors = [
    ["CONNECTION_CLOSED", fromQuery(Object.assign(new Error("write CONNECTION_CLOSED 127.0.0.1:5432"), { code: "CONNECTION_CLOSED" }))],
    [
      "ECONNREFUSED",
      fromQuery(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED", syscall: "connect" })),
    ],
    [
      "57P01 admin_shutdown",
      fromQuery(Object.assign(new Error("terminating connection due to administrator command"), { name: "PostgresError", code: "57P01" })),
    ],
    [
      "57P03 cannot_connect_now",
      fromQuery(Object.assign(new Error("the database system is starting up"), { name: "PostgresError", code: "57P03" })),
    ],
    [
      "a failed query wrapping CONNECTION_ENDED",
      new Error("Failed query: select 1", {
        cause: fromQuery(Object.assign(new Error("write CONNECTION_ENDED"), { code: "CONNECTION_ENDED" })),
      }),
    ],
  ] as const;

  it.each(connectionErrors)("%s is a 503 unavailable with Retry-After and a message saying what to do", async (_name, cause) => {
    const error = toAppError(cause);
    expect(error.code).toBe("unavailable");
    expect(error.status).toBe(503);
    expect(error.message).toMatch(/try again/i);
    expect(error.message).not.toContain("127.0.0.1");
    const response = errorResponse(error, "req-12345678");
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await response.json()).error.code).toBe("unavailable");
  });

  it("a server error that is not about the connection stays internal", () => {
    const error = toAppError(Object.assign(new Error("deadlock detected"), { name: "PostgresError", code: "40P01" }));
    expect(error.code).toBe("internal");
  });
});
