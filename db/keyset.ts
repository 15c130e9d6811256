import { sql, type AnyColumn, type SQL } from "drizzle-orm";

/**
 * Keyset pagination on (created_at, id), newest first. The cursor carries the timestamp as
 * Postgres prints it (microseconds), so no row is skipped or repeated between pages.
 */
export type Cursor = { createdAt: string; id: string };

export class InvalidCursorError extends Error {}

// A cursor comes back from the client, so every part of it is checked here against what
// Postgres will cast it to: a bad value is the client's mistake (422), never a failed query.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CURSOR_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?Z$/;
/** NUL (Postgres text cannot hold it) and unpaired UTF-16 surrogates (not encodable as UTF-8). */
const NOT_POSTGRES_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether text is a UTC timestamp as `cursorTimestamp` prints it, on a day the calendar has. */
export function isCursorTimestamp(value: string): boolean {
  const parts = CURSOR_TIMESTAMP.exec(value)?.slice(1).map(Number);
  if (!parts) return false;
  const [year, month, day, hour, minute, second] = parts as [number, number, number, number, number, number];
  const at = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return (
    year >= 1000 &&
    at.getUTCFullYear() === year &&
    at.getUTCMonth() === month - 1 &&
    at.getUTCDate() === day &&
    at.getUTCHours() === hour &&
    at.getUTCMinutes() === minute &&
    at.getUTCSeconds() === second
  );
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.createdAt}|${cursor.id}`).toString("base64url");
}

export function decodeCursor(value: string): Cursor {
  const parts = Buffer.from(value, "base64url").toString("utf8").split("|");
  const [createdAt, id] = parts;
  if (parts.length !== 2 || !createdAt || !id || !isCursorTimestamp(createdAt) || !UUID.test(id)) {
    throw new InvalidCursorError("The cursor is not valid");
  }
  return { createdAt, id };
}

/**
 * Rows strictly after the cursor in (created_at desc, id desc) order. Written as one row
 * comparison, which an index on (…, created_at, id) takes as where to start reading; an
 * `a < x or (a = x and b < y)` would be a filter over every row before the cursor.
 */
export function afterCursor(createdAt: AnyColumn, id: AnyColumn, cursor: Cursor): SQL {
  return sql`(${createdAt}, ${id}) < (${cursor.createdAt}::timestamptz, ${cursor.id}::uuid)`;
}

/** created_at as the cursor needs it: UTC with microseconds. */
export function cursorTimestamp(createdAt: AnyColumn) {
  return sql<string>`to_char(${createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/** A user's text inside LIKE/ILIKE, with its wildcards taken literally. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, "\\$&");
}

/**
 * Keyset pagination on any (key, id) order. The cursor carries the key as text; `castAs`
 * turns it back into the column's type in SQL (e.g. "timestamptz").
 */
export type KeyCursor = { key: string; id: string };
export type KeyType = "text" | "timestamptz";

export function encodeKeyCursor(cursor: KeyCursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString("base64url");
}

/** The cursor of a list ordered by a `keyType` key; its key must be a value of that type. */
export function decodeKeyCursor(value: string, keyType: KeyType): KeyCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    throw new InvalidCursorError("The cursor is not valid");
  }
  const [key, id] = Array.isArray(parsed) && parsed.length === 2 ? parsed : [];
  if (typeof key !== "string" || typeof id !== "string" || !UUID.test(id)) throw new InvalidCursorError("The cursor is not valid");
  if (keyType === "timestamptz" && !isCursorTimestamp(key)) throw new InvalidCursorError("The cursor does not belong to this sort order");
  if (keyType === "text" && NOT_POSTGRES_TEXT.test(key)) throw new InvalidCursorError("The cursor is not valid");
  return { key, id };
}

/** Rows strictly after the cursor in (key, id) order, ascending or descending (one row comparison, as above). */
export function afterKeyCursor(key: AnyColumn | SQL, id: AnyColumn, cursor: KeyCursor, direction: "asc" | "desc", castAs?: "timestamptz"): SQL {
  const value = castAs ? sql`${cursor.key}::timestamptz` : sql`${cursor.key}::text`;
  return direction === "asc"
    ? sql`(${key}, ${id}) > (${value}, ${cursor.id}::uuid)`
    : sql`(${key}, ${id}) < (${value}, ${cursor.id}::uuid)`;
}
