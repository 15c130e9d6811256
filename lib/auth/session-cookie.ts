/**
 * The session cookie is `Secure` (and `__Secure-` prefixed) whenever the app is served over
 * https, whatever a request's headers say; a plain-http local run keeps it usable.
 */
export function sessionCookieIsSecure(appUrl: string): boolean {
  return new URL(appUrl).protocol === "https:";
}
