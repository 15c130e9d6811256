import { type Cursor, decodeCursor, decodeKeyCursor, InvalidCursorError, type KeyCursor } from "@/db/keyset";
import { AppError } from "./errors";

/** A client's `cursor` parameter; a tampered one is a 422 naming the field. */
export function parseCursor(value: string): Cursor {
  try {
    return decodeCursor(value);
  } catch (error) {
    if (error instanceof InvalidCursorError) {
      throw new AppError("validation_failed", "The cursor is not valid", { details: [{ path: "cursor", message: "Not valid" }] });
    }
    throw error;
  }
}

/** A client's `cursor` for a sortable list; a tampered one is a 422 naming the field. */
export function parseKeyCursor(value: string): KeyCursor {
  try {
    return decodeKeyCursor(value);
  } catch (error) {
    if (error instanceof InvalidCursorError) {
      throw new AppError("validation_failed", "The cursor is not valid", { details: [{ path: "cursor", message: "Not valid" }] });
    }
    throw error;
  }
}
