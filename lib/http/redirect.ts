const BASE = "https://aerospec.invalid";

/**
 * A path on our own site to go to after signing in, or `fallback`. The value is resolved the
 * way a browser would resolve it (`/\host`, `/%09/host` and `//host` all leave the site) and
 * kept only when it stays on our origin.
 */
export function safeRedirectPath(value: unknown, fallback = "/app"): string {
  if (typeof value !== "string" || !value.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//host" normalises to "//host", which a browser would read as another host.
  return path.startsWith("//") ? fallback : path;
}
