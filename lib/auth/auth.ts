import { AsyncLocalStorage } from "node:async_hooks";
import NextAuth, { type NextAuthConfig, type Session, type User } from "next-auth";
import type { JWT } from "next-auth/jwt";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { isDatabaseUnavailable } from "@/db/errors";
import { env } from "@/lib/env";
import { logger } from "@/lib/http/logger";
import type { Role } from "@/lib/rbac/permissions";
import type { Actor } from "./actor";
import { signInWithOAuth } from "./oauth";
import { signOutSession } from "./service";
import { sessionCookieIsSecure } from "./session-cookie";
import { validateSessionToken } from "./session-token";
import { readSignInTicket } from "./ticket";

declare module "next-auth" {
  interface Session {
    userId: string;
    /** The member acting in the active tenant, or null for a user without a tenant. */
    actor: Actor | null;
    /** Carried only by update() to move the session to another tenant. */
    ticket?: string;
  }
}

declare module "next-auth/jwt" {
  // Claims of spec §1.1 (sub, tenant_id, email, role, features, iat, exp) plus what
  // revocation and the actor need.
  interface JWT {
    tenant_id?: string | null;
    role?: Role | null;
    features?: Record<string, boolean>;
    sid?: string | null;
    uv?: number;
    member?: Omit<Actor, "userId" | "email" | "name" | "tenantId" | "role" | "features" | "sessionId">;
  }
}

type TicketUser = User & { tenantId: string | null; sessionId: string | null; userVersion: number };

const SESSION_MAX_AGE_S = 12 * 60 * 60;

/**
 * Re-reads the membership behind the token on every use: a removed member, revoked sessions
 * or a deactivated account end the session (null); a role change is picked up at once.
 */
async function refreshToken(token: JWT): Promise<JWT | null> {
  const state = await validateSessionToken(token);
  if (!state) return null;
  if (state === "no-tenant") return token;
  token.role = state.role;
  token.features = state.features;
  token.email = state.email;
  token.name = state.name;
  token.member = {
    tenantName: state.tenantName,
    isOwner: state.isOwner,
    isStaff: state.isStaff,
    plan: state.plan,
    subscriptionStatus: state.subscriptionStatus,
    trialEndsAt: state.trialEndsAt,
  };
  return token;
}

function applyTicket(token: JWT, user: TicketUser): JWT {
  token.sub = user.id;
  token.email = user.email;
  token.name = user.name;
  token.tenant_id = user.tenantId;
  token.sid = user.sessionId;
  token.uv = user.userVersion;
  return token;
}

function oauthProviders(): NextAuthConfig["providers"] {
  const e = env();
  const providers: NextAuthConfig["providers"] = [];
  if (e.AUTH_GITHUB_ID && e.AUTH_GITHUB_SECRET) {
    providers.push(GitHub({ clientId: e.AUTH_GITHUB_ID, clientSecret: e.AUTH_GITHUB_SECRET }));
  }
  if (e.AUTH_GOOGLE_ID && e.AUTH_GOOGLE_SECRET) {
    providers.push(Google({ clientId: e.AUTH_GOOGLE_ID, clientSecret: e.AUTH_GOOGLE_SECRET }));
  }
  return providers;
}

export function enabledOAuthProviders(): { id: string; name: string }[] {
  const e = env();
  return [
    ...(e.AUTH_GITHUB_ID && e.AUTH_GITHUB_SECRET ? [{ id: "github", name: "GitHub" }] : []),
    ...(e.AUTH_GOOGLE_ID && e.AUTH_GOOGLE_SECRET ? [{ id: "google", name: "Google" }] : []),
  ];
}

function config(): NextAuthConfig {
  return {
    secret: env().AUTH_SECRET,
    trustHost: true,
    useSecureCookies: sessionCookieIsSecure(env().APP_URL),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      // Passwords are verified (and rate-limited) by POST /api/auth/login, which hands
      // Auth.js a signed ticket; this provider only redeems tickets.
      Credentials({
        id: "ticket",
        credentials: { ticket: {} },
        authorize: async (credentials) => {
          const signedIn = readSignInTicket(credentials?.ticket);
          if (!signedIn) return null;
          return {
            id: signedIn.userId,
            email: signedIn.email,
            name: signedIn.name,
            tenantId: signedIn.tenantId,
            sessionId: signedIn.sessionId,
            userVersion: signedIn.userVersion,
          } satisfies TicketUser;
        },
      }),
      ...oauthProviders(),
    ],
    callbacks: {
      async jwt({ token, user, account, trigger, session }) {
        if (user && account?.type === "credentials") return applyTicket(token, user as TicketUser);
        if (user && account) {
          const signedIn = await signInWithOAuth(user, account);
          if (!signedIn) return null;
          return applyTicket(token, { ...user, ...signedIn, id: signedIn.userId });
        }
        if (trigger === "update") {
          // Tenant switches arrive as tickets; anything else a client sends is ignored.
          const signedIn = readSignInTicket((session as { ticket?: unknown } | undefined)?.ticket);
          if (signedIn && signedIn.userId === token.sub) {
            applyTicket(token, {
              id: signedIn.userId,
              email: signedIn.email,
              name: signedIn.name,
              tenantId: signedIn.tenantId,
              sessionId: signedIn.sessionId,
              userVersion: signedIn.userVersion,
            });
          }
        }
        try {
          return await refreshToken(token);
        } catch (error) {
          const check = sessionCheck.getStore();
          if (check && isDatabaseUnavailable(error)) check.unavailable = error;
          throw error;
        }
      },
      session({ session, token }) {
        session.userId = token.sub ?? "";
        session.actor =
          token.sub && token.tenant_id && token.role && token.member
            ? {
                ...token.member,
                userId: token.sub,
                email: token.email ?? "",
                name: token.name ?? "",
                tenantId: token.tenant_id,
                role: token.role,
                features: token.features ?? {},
                sessionId: token.sid ?? null,
              }
            : null;
        return session;
      },
    },
    events: {
      async signOut(message) {
        const token = "token" in message ? message.token : null;
        if (token?.sub) await signOutSession({ userId: token.sub, tenantId: token.tenant_id ?? null, sessionId: token.sid ?? null });
      },
    },
    logger: {
      error: (error) => logger.warn({ err: { name: error.name, message: error.message } }, "auth error"),
      warn: (code) => logger.debug({ code }, "auth warning"),
      debug: () => {},
    },
  };
}

const nextAuth = NextAuth(() => config());
export const { handlers, signIn, signOut } = nextAuth;

// Auth.js takes any error in the jwt callback for "no session" (and drops the cookie where it
// can), so an unreachable database looked like being signed out: pages redirected to sign-in.
// The failure is kept aside for the one call and rethrown, so pages show the error page and
// routes answer 503.
const sessionCheck = new AsyncLocalStorage<{ unavailable?: unknown }>();

async function rethrowUnavailable(read: () => Promise<Session | null>): Promise<Session | null> {
  const check: { unavailable?: unknown } = {};
  const session = await sessionCheck.run(check, read);
  if (check.unavailable) throw check.unavailable;
  return session;
}

/** The signed-in session (server components, actions, routes); throws while the database is unreachable. */
export function auth(): Promise<Session | null> {
  return rethrowUnavailable(() => nextAuth.auth());
}

/** Re-issues the session cookie (tenant switches); throws while the database is unreachable. */
export function updateSession(data: Partial<Session>): Promise<Session | null> {
  return rethrowUnavailable(() => nextAuth.unstable_update(data));
}
