import { AuthError } from "next-auth";
import { AppError } from "@/lib/http/errors";
import type { RequestMeta } from "@/lib/http/request";
import { signIn, updateSession } from "./auth";
import { endSession, getSessionState, type SessionState, type SignedIn, startSession } from "./service";
import { createSignInTicket } from "./ticket";

/** Sets the session cookie for a sign-in AeroSpec has already verified. */
export async function issueSessionCookie(signedIn: SignedIn): Promise<void> {
  try {
    const url = await signIn("ticket", { ticket: createSignInTicket(signedIn), redirect: false });
    if (typeof url === "string" && url.includes("error=")) throw new Error(`sign-in refused: ${url}`);
  } catch (error) {
    if (error instanceof AuthError) throw new AppError("unauthorized", "Sign-in failed");
    throw error;
  }
}

/** Rewrites the current session cookie (same session, new claims such as a new session version). */
export async function reissueSessionCookie(signedIn: SignedIn): Promise<void> {
  await updateSession({ ticket: createSignInTicket(signedIn) });
}

type CurrentSession = { userId: string; tenantId: string | null; sessionId: string | null };

/**
 * Moves the signed-in user's session into another of their tenants: a new session row there,
 * the cookie rewritten to it, and the session it replaces ended so an old copy of the cookie
 * no longer works. Null when the user is not a member of `tenantId`.
 */
export async function moveSessionToTenant(current: CurrentSession, tenantId: string, meta: RequestMeta): Promise<SessionState | null> {
  const state = await getSessionState(tenantId, current.userId);
  if (!state) return null;
  const sessionId = await startSession(tenantId, current.userId, meta);
  await updateSession({
    ticket: createSignInTicket({
      userId: current.userId,
      email: state.email,
      name: state.name,
      tenantId,
      sessionId,
      userVersion: state.userVersion,
    }),
  });
  if (current.tenantId && current.sessionId) await endSession(current.tenantId, current.sessionId);
  return state;
}
