import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { ApiError } from "@/lib/http/client";

/**
 * Puts the server's per-field messages (422 details) on the form's fields.
 * Returns true when at least one field got a message.
 */
export function applyServerFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): boolean {
  if (!(error instanceof ApiError)) return false;
  let applied = false;
  for (const detail of error.details) {
    const field = fields.find((f) => f === detail.path);
    if (field && detail.message) {
      setError(field, { type: "server", message: detail.message }, { shouldFocus: !applied });
      applied = true;
    }
  }
  return applied;
}
