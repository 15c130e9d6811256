import { type Cursor, decodeCursor, decodeKeyCursor, InvalidCursorError, type KeyCursor, type KeyType } from "@/db/keyset";
import { AppError } from "./errors";

function refuseCursor(error: unknown): never {
  if (error instanceof InvalidCursorError) {
    throw new AppError("validation_failed", error.message, { details: [{ path: "cursor", message: "Not valid" }] });
  }
  throw error;
}

/** A client's `cursor` parameter; a tampered one is a 422 naming the field. */
export function parseCursor(value: string): Cursor {
  try {
    return decodeCursor(value);
  } catch (error) {
    return refuseCursor(error);
  }
}

/** A client's `cursor` for a list sorted by a `keyType` key; a tampered one (or another sort's) is a 422 naming the field. */
export function parseKeyCursor(value: string, keyType: KeyType): KeyCursor {
  try {
    return decodeKeyCursor(value, keyType);
  } catch (error) {
    return refuseCursor(error);
  }
}
