import { lookup as dnsLookup } from "node:dns";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { env } from "@/lib/env";

// SSRF: in production an endpoint may not point into our own network — loopback, private,
// link-local (cloud metadata at 169.254.169.254 and fd00:ec2::254), shared or reserved ranges.
// Checked when an endpoint is saved and again at every send, on the addresses the connection
// actually uses (a name may resolve elsewhere by then). Local and test runs allow them, so the
// demo and tests can receive on localhost.
const blocked = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  blocked.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["64:ff9b::", 96],
  ["100::", 64],
  ["2001:db8::", 32],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  blocked.addSubnet(net, prefix, "ipv6");

/** Whether an address is one an endpoint may not reach in production. */
export function isForbiddenAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, "ipv4");
  if (family !== 6) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return blocked.check(mapped, "ipv4");
  return blocked.check(address, "ipv6");
}

export class ForbiddenUrlError extends Error {}

type GuardOptions = { production?: boolean; lookup?: LookupFunction };

export function isProductionGuard(): boolean {
  return env().APP_ENV === "production";
}

type Resolved = { address: string; family: number }[];

function resolveAll(host: string, lookup: LookupFunction): Promise<Resolved> {
  return new Promise((resolve, reject) =>
    lookup(host, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses as unknown as Resolved))),
  );
}

/**
 * Refuses a URL an endpoint may not use: not http(s), credentials in it, and in production
 * plain http or a host that is (or resolves to) a forbidden address.
 */
export async function assertAllowedWebhookUrl(value: string, options: GuardOptions = {}): Promise<void> {
  const production = options.production ?? isProductionGuard();
  const url = new URL(value);
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new ForbiddenUrlError("Use an http(s) URL");
  if (url.username || url.password) throw new ForbiddenUrlError("Leave credentials out of the URL; verify the signature instead");
  if (!production) return;
  if (url.protocol !== "https:") throw new ForbiddenUrlError("Use an https URL");
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host)) {
    if (isForbiddenAddress(host)) throw new ForbiddenUrlError("This address is in a private or reserved range");
    return;
  }
  let addresses: Resolved;
  try {
    addresses = await resolveAll(host, options.lookup ?? (dnsLookup as LookupFunction));
  } catch {
    throw new ForbiddenUrlError(`The host ${host} could not be resolved`);
  }
  if (addresses.length === 0 || addresses.some((a) => isForbiddenAddress(a.address))) {
    throw new ForbiddenUrlError(`The host ${host} resolves to a private or reserved address`);
  }
}

/**
 * A DNS lookup for the sending connection that fails when the name resolves to a forbidden
 * address in production: the check and the connection use the same answer (no rebinding).
 */
export function guardedLookup(options: GuardOptions = {}): LookupFunction | undefined {
  if (!(options.production ?? isProductionGuard())) return options.lookup;
  const lookup = options.lookup ?? (dnsLookup as LookupFunction);
  return (hostname, lookupOptions, callback) => {
    lookup(hostname, { ...lookupOptions, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const list = addresses as unknown as Resolved;
      const bad = list.length === 0 || list.some((a) => isForbiddenAddress(a.address));
      if (bad) return callback(new ForbiddenUrlError(`${hostname} resolves to a private or reserved address`), "", 0);
      if (lookupOptions.all) return callback(null, list as never);
      return callback(null, list[0]!.address, list[0]!.family);
    });
  };
}
