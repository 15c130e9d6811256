type Json = unknown;

function isPlainObject(value: Json): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function same(a: Json, b: Json): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Stripe's `previous_attributes`: the old values of what changed. Nested objects list only
 * their changed keys; arrays and scalars are given whole. Returns null when nothing changed.
 */
export function previousAttributes(before: Json, after: Json): Record<string, unknown> | null {
  if (!isPlainObject(before) || !isPlainObject(after)) return null;
  const previous: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const old = before[key];
    const now = after[key];
    if (same(old, now)) continue;
    const nested = isPlainObject(old) && isPlainObject(now) ? previousAttributes(old, now) : null;
    previous[key] = nested ?? (old === undefined ? null : old);
  }
  return Object.keys(previous).length > 0 ? previous : null;
}
