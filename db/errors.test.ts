import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";
import { failedBeforeStart, isDatabaseUnavailable, isUniqueViolation, TransactionNotStartedError } from "./errors";

// The shapes postgres.js gives: its own connection errors, Node socket errors it passes on,
// and server errors (PostgresError, a five-character SQLSTATE), each with the failed query
// attached (non-enumerable).
type CodedError = Error & { code?: string };

function rejectedQuery<E extends Error>(error: E): E {
  return Object.defineProperties(error, { query: { value: "select 1" }, parameters: { value: [] } });
}

function connectionError(code: string): CodedError {
  return rejectedQuery(Object.assign(new Error(`write ${code} 127.0.0.1:5432`), { code, errno: code, address: "127.0.0.1", port: 5432 }));
}
function socketError(code: string, syscall: string): CodedError {
  return rejectedQuery(Object.assign(new Error(`${syscall} ${code} 127.0.0.1:5432`), { code, errno: -1, syscall }));
}
function serverError(code: string, message = "server error"): CodedError {
  return rejectedQuery(Object.assign(new Error(message), { name: "PostgresError", code, severity: "FATAL" }));
}
/** Drizzle wraps every failed query, keeping the driver's error as its cause. */
function failedQuery(cause: Error): Error {
  return new DrizzleQueryError("select 1", [], cause);
}

const couldNotConnect = [
  socketError("ECONNREFUSED", "connect"),
  connectionError("CONNECT_TIMEOUT"),
  socketError("ENOTFOUND", "getaddrinfo"),
  serverError("57P03", "the database system is starting up"),
  serverError("53300", "sorry, too many clients already"),
  serverError("08001"),
  serverError("08004"),
];
const lostConnection = [
  connectionError("CONNECTION_CLOSED"),
  connectionError("CONNECTION_ENDED"),
  connectionError("CONNECTION_DESTROYED"),
  socketError("ECONNRESET", "read"),
  socketError("EPIPE", "write"),
  serverError("57P01", "terminating connection due to administrator command"),
  serverError("57P02"),
  serverError("08006"),
  serverError("08003"),
];
const notConnectionErrors: CodedError[] = [
  serverError("23505", "duplicate key value violates unique constraint"),
  serverError("57014", "canceling statement due to statement timeout"),
  serverError("42501", "new row violates row-level security policy"),
  serverError("08P01", "protocol violation"),
  serverError("28P01", "password authentication failed"),
  Object.assign(new Error("MAX_PARAMETERS_EXCEEDED: too many"), { code: "MAX_PARAMETERS_EXCEEDED" }),
  new TypeError("Cannot read properties of undefined"),
];

describe("database connection errors", () => {
  it.each([...couldNotConnect, ...lostConnection].map((e) => [e.code, e] as const))(
    "%s is recognised as the database being unavailable, raw or wrapped by drizzle",
    (_code, error) => {
      expect(isDatabaseUnavailable(error)).toBe(true);
      expect(isDatabaseUnavailable(failedQuery(error))).toBe(true);
    },
  );

  it.each(notConnectionErrors.map((e) => [e.code ?? e.name, e] as const))("%s is not a connection failure", (_code, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect(failedBeforeStart(error)).toBe(false);
  });

  it("a connection that could not be opened failed before anything was sent", () => {
    for (const error of couldNotConnect) expect(failedBeforeStart(failedQuery(error))).toBe(true);
  });

  it("a connection lost under a statement may have run it, so it is not called unstarted", () => {
    for (const error of lostConnection) expect(failedBeforeStart(failedQuery(error))).toBe(false);
  });

  it("a transaction that lost its connection before it began failed before start, and stays unavailable", () => {
    const error = new TransactionNotStartedError(connectionError("CONNECTION_CLOSED"));
    expect(failedBeforeStart(error)).toBe(true);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("a socket error from another client (fetch to a supplier, SMTP) is not taken for the database", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 10.0.0.9:443"), { code: "ECONNREFUSED", syscall: "connect" });
    const fetchFailed = new TypeError("fetch failed", { cause: refused });
    expect(isDatabaseUnavailable(fetchFailed)).toBe(false);
    expect(failedBeforeStart(fetchFailed)).toBe(false);
  });

  it("other pg helpers still see through the wrapping", () => {
    expect(isUniqueViolation(failedQuery(serverError("23505")))).toBe(true);
  });
});
