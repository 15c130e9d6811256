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

/** True when row-level security refused a write (WITH CHECK). */
export function isRlsViolation(error: unknown): boolean {
  return pgError(error)?.code === "42501";
}

/** True when a foreign key refused the row (the referenced row does not exist). */
export function isForeignKeyViolation(error: unknown): boolean {
  return pgError(error)?.code === "23503";
}
