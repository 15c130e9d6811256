import { isIP } from "node:net";
import type { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { forwardingResolved } from "./forwarding";

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** The caller's request id when it is a valid one, else a new one (proxy.ts passes a page's id this way). */
export function getRequestId(req: Request): string {
  const given = req.headers.get("x-request-id");
  return given && REQUEST_ID.test(given) ? given : crypto.randomUUID();
}

let trusted: Set<string> | undefined;

/** APP_URL's origin and the ones configured in ALLOWED_ORIGINS; never anything a request says. */
export function trustedOrigins(): Set<string> {
  trusted ??= new Set([new URL(env().APP_URL).origin, ...env().ALLOWED_ORIGINS]);
  return trusted;
}

/**
 * Where the browser is using AeroSpec, when that is one of our origins (a write's Origin
 * header); links made for this request (Checkout's way back, emailed links) go there, so the
 * session cookie of that host name still applies. Unset otherwise: APP_URL is used.
 */
function appOriginOf(req: Request): string | undefined {
  const origin = req.headers.get("origin");
  return origin && trustedOrigins().has(origin) ? origin : undefined;
}

/** An absolute link into the app for the request behind `meta` (APP_URL when it came from elsewhere). */
export function appLink(meta: { appOrigin?: string } | null | undefined, path: `/${string}`): string {
  return `${meta?.appOrigin ?? env().APP_URL}${path}`;
}

export type ClientInfo = { ip: string | null; userAgent: string | null; appOrigin?: string };

/**
 * The client's address as the app server resolved it from the socket (and trusted proxies
 * only). Outside that server the forwarding headers are the client's word, so no address.
 */
export function getClientInfo(req: Request | NextRequest): ClientInfo {
  const resolved = forwardingResolved() ? req.headers.get("x-forwarded-for") : null;
  return {
    ip: resolved && isIP(resolved) ? resolved : null,
    userAgent: req.headers.get("user-agent")?.slice(0, 500) ?? null,
    appOrigin: appOriginOf(req),
  };
}

/** True when the request comes from this machine (dev helpers such as the local mailbox). */
export function isLoopbackClient(headers: Headers): boolean {
  const ip = forwardingResolved() ? headers.get("x-forwarded-for") : null;
  return ip === "::1" || (ip !== null && isIP(ip) === 4 && ip.startsWith("127."));
}

/** What every write carries from the request for the audit trail. */
export type RequestMeta = ClientInfo & { requestId: string | null };
