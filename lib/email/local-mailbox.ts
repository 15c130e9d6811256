import { devRoutesEnabled, env } from "@/lib/env";
import { isLoopbackClient } from "@/lib/http/request";

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * The local mailbox shows every tenant's mail, reset and invitation links included, so it is
 * served only in an explicit local or test mode, to a client on this machine, addressed by a
 * local host name (a page on another site that resolves its name to 127.0.0.1 is refused).
 */
export function canReadLocalMailbox(headers: Headers): boolean {
  if (!devRoutesEnabled() || !isLoopbackClient(headers)) return false;
  const host = headers.get("host")?.toLowerCase().replace(/:\d+$/, "");
  return host !== undefined && (LOOPBACK_HOSTS.has(host) || host === new URL(env().APP_URL).hostname);
}
