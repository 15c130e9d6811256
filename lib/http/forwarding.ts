import type { IncomingMessage } from "node:http";
import type { TLSSocket } from "node:tls";
import proxyAddr from "proxy-addr";

// The app server (scripts/server.ts) is the one place that sees the TCP socket. It decides who
// sent each request and rewrites the forwarding headers to say so before Next.js sees them;
// the flag tells request code that those headers were written by us, not by the client.
const RESOLVED = Symbol.for("aerospec.forwarding-resolved");
const FORWARDING_HEADERS = ["forwarded", "x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port", "x-real-ip"];

export type TrustProxy = (address: string, hop: number) => boolean;
export type Forwarded = { ip: string; proto: "http" | "https"; viaTrustedProxy: boolean };

/** The trust rule for TRUSTED_PROXIES; throws naming the entry that is not an address or range. */
export function compileTrustedProxies(entries: readonly string[]): TrustProxy {
  try {
    return proxyAddr.compile([...entries]);
  } catch (error) {
    throw new Error(`TRUSTED_PROXIES: ${(error as Error).message}`);
  }
}

function normalizeAddress(address: string): string {
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}

function firstValue(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.split(",")[0]?.trim().toLowerCase();
}

/**
 * Who sent the request: the socket's peer, unless that peer is a trusted proxy, in which case
 * X-Forwarded-For is walked from the right past every trusted hop and X-Forwarded-Proto is
 * believed. Nothing a direct client sends changes the answer.
 */
function resolveForwarding(req: IncomingMessage, trust: TrustProxy): Forwarded {
  const peer = normalizeAddress(req.socket.remoteAddress ?? "");
  const viaTrustedProxy = peer !== "" && trust(peer, 0);
  const ip = normalizeAddress(proxyAddr(req, trust));
  const tls = (req.socket as Partial<TLSSocket>).encrypted === true;
  const claimed = viaTrustedProxy ? firstValue(req.headers["x-forwarded-proto"]) : undefined;
  const proto = claimed === "https" || claimed === "http" ? claimed : tls ? "https" : "http";
  return { ip, proto, viaTrustedProxy };
}

/** Replaces the client's forwarding headers with the resolved ones (the host too, from a proxy). */
export function applyForwarding(req: IncomingMessage, trust: TrustProxy): Forwarded {
  const forwarded = resolveForwarding(req, trust);
  const host = forwarded.viaTrustedProxy ? firstValue(req.headers["x-forwarded-host"]) : undefined;
  for (const name of FORWARDING_HEADERS) delete req.headers[name];
  req.headers["x-forwarded-for"] = forwarded.ip;
  req.headers["x-forwarded-proto"] = forwarded.proto;
  if (host) req.headers["x-forwarded-host"] = host;
  return forwarded;
}

export function markForwardingResolved(): void {
  (globalThis as Record<symbol, unknown>)[RESOLVED] = true;
}

/** True inside the app server, where X-Forwarded-For/-Proto were written by applyForwarding. */
export function forwardingResolved(): boolean {
  return (globalThis as Record<symbol, unknown>)[RESOLVED] === true;
}
