import { sql, type AnyColumn, type SQL } from "drizzle-orm";

/**
 * Keyset pagination on (created_at, id), newest first. The cursor carries the timestamp as
 * Postgres prints it (microseconds), so no row is skipped or repeated between pages.
 */
export type Cursor = { createdAt: string; id: string };

export class InvalidCursorError extends Error {}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.createdAt}|${cursor.id}`).toString("base64url");
}

export function decodeCursor(value: string): Cursor {
  const [createdAt, id] = Buffer.from(value, "base64url").toString("utf8").split("|");
  if (!createdAt || !id || Number.isNaN(Date.parse(createdAt)) || !/^[0-9a-f-]{36}$/.test(id)) {
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

export function encodeKeyCursor(cursor: KeyCursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString("base64url");
}

export function decodeKeyCursor(value: string): KeyCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    throw new InvalidCursorError("The cursor is not valid");
  }
  const [key, id] = Array.isArray(parsed) ? parsed : [];
  if (typeof key !== "string" || typeof id !== "string" || !/^[0-9a-f-]{36}$/.test(id)) throw new InvalidCursorError("The cursor is not valid");
  return { key, id };
}

/** Rows strictly after the cursor in (key, id) order, ascending or descending (one row comparison, as above). */
export function afterKeyCursor(key: AnyColumn | SQL, id: AnyColumn, cursor: KeyCursor, direction: "asc" | "desc", castAs?: "timestamptz"): SQL {
  const value = castAs ? sql`${cursor.key}::timestamptz` : sql`${cursor.key}::text`;
  return direction === "asc"
    ? sql`(${key}, ${id}) > (${value}, ${cursor.id}::uuid)`
    : sql`(${key}, ${id}) < (${value}, ${cursor.id}::uuid)`;
}
