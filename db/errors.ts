type PgLikeError = { code?: string; constraint_name?: string; cause?: unknown };

function pgError(error: unknown): PgLikeError | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth++) {
    const candidate = current as PgLikeError;
    if (typeof candidate.code === "string" && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate;
    current = candidate.cause;
  }
  return null;
}

/** True for a unique violation, optionally on a named constraint or index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const pg = pgError(error);
  return pg?.code === "23505" && (!constraint || pg.constraint_name === constraint);
}

// Raised by app_session_begin (drizzle/0016); a code of our own, which no server or driver
// error shares (28000 would: pg_hba.conf refusing a connection).
const SESSION_REFUSED = "AS401";

/** True when the session check that opens a member's transaction (app_session_begin) refused it. */
export function isSessionRefused(error: unknown): boolean {
  return pgError(error)?.code === SESSION_REFUSED;
}

// Raised by app_api_key_begin (drizzle/0031) when a key's row changed since its request was decided.
const API_KEY_CHANGED = "ASK01";

/** True when the key check that opens a key request's transaction (app_api_key_begin) refused it. */
export function isApiKeyChanged(error: unknown): boolean {
  return pgError(error)?.code === API_KEY_CHANGED;
}

/** True when a foreign key refused the row (the referenced row does not exist). */
export function isForeignKeyViolation(error: unknown): boolean {
  return pgError(error)?.code === "23503";
}

// Connection-level failures, by the code postgres.js, Node's sockets or the server give them.
// Could not connect: the statement was never sent.
const CONNECT_FAILED = new Set([
  "ECONNREFUSED", // nothing listens: the server is down or restarting
  "CONNECT_TIMEOUT", // postgres.js gave up opening the connection
  "ENOTFOUND",
  "EAI_AGAIN",
  "57P03", // cannot_connect_now: starting up or shutting down
  "53300", // too_many_connections
  "08001", // sqlclient_unable_to_establish_sqlconnection
  "08004", // sqlserver_rejected_establishment_of_sqlconnection
]);
// Lost an open connection: whatever was in flight may or may not have run.
const CONNECTION_LOST = new Set([
  "CONNECTION_CLOSED", // postgres.js: the socket closed under a query
  "CONNECTION_ENDED", // postgres.js: the pool was ended
  "CONNECTION_DESTROYED", // postgres.js: the connection was terminated
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P05", // idle_session_timeout
  "08000", // connection_exception
  "08003", // connection_does_not_exist
  "08006", // connection_failure
  "08007", // transaction_resolution_unknown
]);
// Node's socket codes come from any client (fetch, SMTP), so they count only on an error that
// postgres.js rejected a query with: it attaches the query to each such error.
const SOCKET_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH"]);

/** A transaction whose connection failed before the transaction began: none of it ran. */
export class TransactionNotStartedError extends Error {
  constructor(cause: unknown) {
    super("The transaction did not start: its database connection failed", { cause });
    this.name = "TransactionNotStartedError";
  }
}

function isConnectionCode(code: string): boolean {
  return CONNECT_FAILED.has(code) || CONNECTION_LOST.has(code);
}

function connectionErrorCode(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth++) {
    const { code } = current as { code?: unknown };
    if (typeof code === "string" && isConnectionCode(code) && (!SOCKET_CODES.has(code) || "query" in current)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

/** True when the database could not be reached or the connection to it was lost (worth a later retry). */
export function isDatabaseUnavailable(error: unknown): boolean {
  return connectionErrorCode(error) !== null;
}

/**
 * True when the failure came before the statement or transaction reached the database: the
 * connection could not be opened, or a transaction lost its connection before it began.
 * Running it again cannot repeat anything.
 */
export function failedBeforeStart(error: unknown): boolean {
  if (error instanceof TransactionNotStartedError) return isDatabaseUnavailable(error.cause);
  const code = connectionErrorCode(error);
  return code !== null && CONNECT_FAILED.has(code);
}
