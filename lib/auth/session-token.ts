import type { JWT } from "next-auth/jwt";
import type { Tx } from "@/db/client";
import { isSessionRefused } from "@/db/errors";
import { withTenantReadTx } from "@/db/tenant";
import { env } from "@/lib/env";
import { logger } from "@/lib/http/logger";
import type { Actor } from "./actor";
import { decryptSessionToken } from "./jwt";
import { getSessionState, getUserVersion, runInCheckedSession, type SessionState, touchSession } from "./service";

const COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"];
const DECODED_CACHE_SIZE = 10_000;
const TOUCH_EVERY_MS = 5 * 60 * 1000;

type CookieReader = { get(name: string): { value: string } | undefined };

// Decrypting a session cookie is pure: the same ciphertext always yields the same claims, so
// decoded tokens are kept per process (bounded). Revocation is still checked on every use.
const decoded = new Map<string, JWT>();
const touched = new Map<string, number>();
// What this process last found behind each session (by session id): a guess at who the next
// request is, never a grant. A request runs as the guessed member only inside a transaction
// whose first statement re-checks the session (runAsSessionMember); when that check finds
// anything else, the transaction rolls back and the request runs again as the member found.
// The guess only lets the check travel with the request's first query.
const lastSeen = new Map<string, SessionState>();

function remember<K, V>(map: Map<K, V>, key: K, value: V): void {
  if (map.size >= DECODED_CACHE_SIZE) map.delete(map.keys().next().value!);
  map.set(key, value);
}

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
      token = await decryptSessionToken(cookie.value, env().AUTH_SECRET, cookie.name);
    } catch {
      return null;
    }
    remember(decoded, cookie.value, token);
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
  if (!state?.isActive || !state.sessionOpen || state.userVersion !== token.uv) {
    lastSeen.delete(token.sid);
    return null;
  }
  remember(lastSeen, token.sid, state);
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

// Field by field: a rest pattern copies through a slow generic path, on every request.
function actorFromState(state: SessionState, sessionId: string | null): Actor {
  return {
    userId: state.userId,
    email: state.email,
    name: state.name,
    tenantId: state.tenantId,
    tenantName: state.tenantName,
    role: state.role,
    isOwner: state.isOwner,
    isStaff: state.isStaff,
    plan: state.plan,
    subscriptionStatus: state.subscriptionStatus,
    trialEndsAt: state.trialEndsAt,
    features: state.features,
    sessionId,
  };
}

/** The signed-in member for an API request, read from the cookie without rewriting it. */
export async function resolveSessionActor(cookies: CookieReader): Promise<Actor | null> {
  const token = await decodeSessionCookie(cookies);
  if (!token) return null;
  const state = await validateSessionToken(token);
  return state && state !== "no-tenant" ? actorFromState(state, token.sid ?? null) : null;
}

/** The checked session differs from the one a request ran as: run it again as the member found. */
class SessionChangedError extends Error {
  constructor() {
    super("The session changed since this process last saw it");
  }
}

const sameState = (a: SessionState, b: SessionState) => JSON.stringify(a) === JSON.stringify(b);

/**
 * `work` as the signed-in member of the session cookie, in that member's tenant transaction;
 * null when the cookie carries no session that stands. With a session seen before, work runs as
 * the member last seen and the session is re-checked by the transaction's first statement, sent
 * with work's first query; if the check refuses the session, nothing of work ran, and if it
 * finds anything changed, the transaction is rolled back and work runs again as the member
 * found. So work must be safe to run twice and only read, as a GET handler does: the
 * transaction is READ ONLY.
 */
export async function runAsSessionMember<T>(
  cookies: CookieReader,
  work: (actor: Actor, tx: Tx) => Promise<T>,
): Promise<{ actor: Actor; result: T } | null> {
  const token = await decodeSessionCookie(cookies);
  if (!token?.sub || !token.tenant_id || !token.sid) return null;
  const guess = lastSeen.get(token.sid);
  if (guess && guess.tenantId === token.tenant_id && guess.userId === token.sub) {
    try {
      return await runAsGuessed(token, token.sid, guess, work);
    } catch (error) {
      if (isSessionRefused(error)) {
        lastSeen.delete(token.sid);
        return null;
      }
      if (!(error instanceof SessionChangedError)) throw error;
    }
  }
  const state = await validateSessionToken(token);
  if (!state || state === "no-tenant") return null;
  const actor = actorFromState(state, token.sid);
  return { actor, result: await withTenantReadTx(actor.tenantId, (tx) => work(actor, tx)) };
}

async function runAsGuessed<T>(token: JWT, sessionId: string, guess: SessionState, work: (actor: Actor, tx: Tx) => Promise<T>) {
  const actor = actorFromState(guess, sessionId);
  const key = { tenantId: actor.tenantId, userId: actor.userId, sessionId, userVersion: token.uv ?? null };
  const result = await runInCheckedSession(key, async (tx, checked) => {
    const outcome = await work(actor, tx).then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    // Rejects when the session was refused: work's statements never ran, its error says nothing.
    if (!sameState(await checked, guess)) throw new SessionChangedError();
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  });
  touchThrottled(guess.tenantId, sessionId);
  return { actor, result };
}

/**
 * Why a signed-in browser has no organization to show, when knowing helps the person: the
 * account still stands but its membership of the session's organization was removed, or it
 * belongs to none at all. Null for every other end (signed out, sessions revoked, no cookie).
 */
export async function explainEndedSession(cookies: CookieReader): Promise<"removed" | "no-organization" | null> {
  const token = await decodeSessionCookie(cookies);
  if (!token?.sub) return null;
  if ((await getUserVersion(token.sub)) !== token.uv) return null;
  if (!token.tenant_id) return "no-organization";
  return (await getSessionState(token.tenant_id, token.sub)) === null ? "removed" : null;
}
