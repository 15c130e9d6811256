import { type AnyColumn, asc, desc, type SQL, sql } from "drizzle-orm";

/**
 * Keyset pagination, the one way every list pages: rows in (key, id) order, each page the rows
 * strictly after the last one of the page before. The cursor carries that row's key as text
 * (timestamps as Postgres prints them, with microseconds) and its id, so no row is skipped or
 * repeated between pages, however many rows arrive meanwhile.
 */
type Cursor = { key: string; id: string };

/** The Postgres type of a keyset order's key: what a cursor's key is checked and cast as. */
type KeyType = "text" | "timestamptz";

/** A list's order: its key, the id that breaks ties, the direction and the key's type. */
export type KeysetOrder = {
  key: AnyColumn | SQL;
  /** Left out when the key alone is unique (the catalog's SKU): then it alone orders and compares. */
  id?: AnyColumn;
  direction: "asc" | "desc";
  keyType: KeyType;
};

/** One page of a list and the cursor of the next (null on the last page). */
type Page<T> = { items: T[]; nextCursor: string | null };

export class InvalidCursorError extends Error {}

// A cursor comes back from the client, so every part of it is checked here against what
// Postgres will cast it to: a bad value is the client's mistake (422), never a failed query.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CURSOR_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?Z$/;
/** NUL (Postgres text cannot hold it) and unpaired UTF-16 surrogates (not encodable as UTF-8). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching NUL is its purpose
const NOT_POSTGRES_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether text is a UTC timestamp as `cursorKey` prints it, on a day the calendar has. */
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
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString("base64url");
}

/** The cursor of a list whose key is a `keyType`; anything else (tampered, another sort's) throws InvalidCursorError. */
export function decodeCursor(value: string, keyType: KeyType): Cursor {
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

/**
 * Rows strictly after a client's cursor in `order`. Written as one row comparison, which an
 * index on (…, key, id) takes as where to start reading; an `a < x or (a = x and b < y)` would
 * be a filter over every row before the cursor.
 */
export function afterCursor(order: KeysetOrder, value: string): SQL {
  const cursor = decodeCursor(value, order.keyType);
  const key = order.keyType === "timestamptz" ? sql`${cursor.key}::timestamptz` : sql`${cursor.key}::text`;
  const [left, right] = order.id ? [sql`(${order.key}, ${order.id})`, sql`(${key}, ${cursor.id}::uuid)`] : [sql`${order.key}`, key];
  return order.direction === "asc" ? sql`${left} > ${right}` : sql`${left} < ${right}`;
}

/** The ORDER BY of `order`. */
export function orderByKeyset(order: KeysetOrder): SQL[] {
  const by = order.direction === "asc" ? asc : desc;
  return order.id ? [by(order.key), by(order.id)] : [by(order.key)];
}

/** The key as a cursor carries it: timestamps in UTC with microseconds, text as it is. */
export function cursorKey(order: KeysetOrder) {
  return order.keyType === "timestamptz"
    ? sql<string>`to_char(${order.key} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`
    : sql<string>`${order.key}`;
}

/**
 * A page out of the `limit + 1` rows a keyset query read: the first `limit`, and when the extra
 * row came back, the cursor of the last one shown.
 */
export function paginate<T>(rows: T[], limit: number, toCursor: (row: T) => Cursor): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(toCursor(last)) : null };
}

/** A user's text inside LIKE/ILIKE, with its wildcards taken literally. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, "\\$&");
}
