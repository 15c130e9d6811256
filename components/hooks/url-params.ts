// A list's filters as query parameters, so reload, back and a shared link keep them. Only
// values that differ from the defaults are written; parameters the filters do not own stay.

type Scalar = string | boolean;

export function readUrlFilters<T extends Record<string, Scalar>>(params: URLSearchParams, defaults: T): T {
  const value: Record<string, Scalar> = { ...defaults };
  for (const [key, fallback] of Object.entries(defaults)) {
    const given = params.get(key);
    if (given === null) continue;
    value[key] = typeof fallback === "boolean" ? given === "1" || given === "true" : given;
  }
  return value as T;
}

export function writeUrlFilters<T extends Record<string, Scalar>>(current: URLSearchParams, next: T, defaults: T): string {
  const params = new URLSearchParams(current);
  for (const [key, fallback] of Object.entries(defaults)) {
    const value = next[key];
    if (value === fallback || value === "") params.delete(key);
    else params.set(key, typeof value === "boolean" ? (value ? "1" : "0") : String(value));
  }
  return params.toString();
}
