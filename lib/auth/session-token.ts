import { decode, type JWT } from "next-auth/jwt";
import { env } from "@/lib/env";
import { logger } from "@/lib/http/logger";
import type { Actor } from "./actor";
import { getSessionState, getUserVersion, type SessionState, touchSession } from "./service";

const COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"];
const DECODED_CACHE_SIZE = 10_000;
const TOUCH_EVERY_MS = 5 * 60 * 1000;

type CookieReader = { get(name: string): { value: string } | undefined };

// Decrypting a session cookie is pure: the same ciphertext always yields the same claims, so
// decoded tokens are kept per process (bounded). Revocation is still checked on every use.
const decoded = new Map<string, JWT>();
const touched = new Map<string, number>();

/** The session cookie's value, reassembled when Auth.js split it into chunks. */
function readCookie(cookies: CookieReader): { name: string; value: string } | null {
  for (const name of COOKIE_NAMES) {
    const whole = cookies.get(name)?.value;
    if (whole) return { name, value: whole };
    const chunks: string[] = [];
    for (let i = 0; cookies.get(`${name}.${i}`); i++) chunks.push(cookies.get(`${name}.${i}`)!.value);
    if (chunks.length > 0) return { name, value: chunks.join("") };
  }
  return null;
}

async function decodeSessionCookie(cookies: CookieReader): Promise<JWT | null> {
  const cookie = readCookie(cookies);
  if (!cookie) return null;
  let token = decoded.get(cookie.value);
  if (!token) {
    try {
      token = (await decode({ token: cookie.value, secret: env().AUTH_SECRET, salt: cookie.name })) ?? undefined;
    } catch {
      return null;
    }
    if (!token) return null;
    if (decoded.size >= DECODED_CACHE_SIZE) decoded.delete(decoded.keys().next().value!);
    decoded.set(cookie.value, token);
  }
  if (typeof token.exp === "number" && token.exp * 1000 <= Date.now()) return null;
  return token;
}

/**
 * The live state behind a token, or null when the session no longer stands: it was signed out,
 * the member was removed, the user's sessions were revoked (password reset, sign out
 * everywhere) or the account is inactive.
 */
export async function validateSessionToken(token: JWT): Promise<SessionState | "no-tenant" | null> {
  if (!token.sub) return null;
  if (!token.tenant_id) return (await getUserVersion(token.sub)) === token.uv ? "no-tenant" : null;
  if (!token.sid) return null;
  const state = await getSessionState(token.tenant_id, token.sub, token.sid);
  if (!state?.isActive || !state.sessionOpen || state.userVersion !== token.uv) return null;
  touchThrottled(token.tenant_id, token.sid);
  return state;
}

function touchThrottled(tenantId: string, sessionId: string): void {
  const now = Date.now();
  if (now - (touched.get(sessionId) ?? 0) < TOUCH_EVERY_MS) return;
  if (touched.size >= DECODED_CACHE_SIZE) touched.clear();
  touched.set(sessionId, now);
  touchSession(tenantId, sessionId).catch((error: unknown) => logger.warn({ err: error }, "session touch failed"));
}

function actorFromState(state: SessionState, sessionId: string | null): Actor {
  const { userVersion: _v, isActive: _a, sessionOpen: _o, ...actor } = state;
  return { ...actor, sessionId };
}

/** The signed-in member for an API request, read from the cookie without rewriting it. */
export async function resolveSessionActor(cookies: CookieReader): Promise<Actor | null> {
  const token = await decodeSessionCookie(cookies);
  if (!token) return null;
  const state = await validateSessionToken(token);
  return state && state !== "no-tenant" ? actorFromState(state, token.sid ?? null) : null;
}
