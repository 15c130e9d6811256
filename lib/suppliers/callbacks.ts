import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import type { Supplier } from "@/lib/prediction/schemas";
import { parseCosterCallback } from "./coster";
import { SupplierError } from "./errors";
import type { SupplierCallbackEvent } from "./schemas";
import { parseSpencerCallback } from "./spencer";

// Each supplier signs its status callbacks its own way (README, "Supplier callbacks"):
// - Spencer: `Spencer-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`
//   (several v1 entries while a secret is rotated);
// - Coster: `X-Coster-Timestamp: <unix seconds>` and
//   `X-Coster-Signature: sha256=<base64 HMAC-SHA256(secret, "<timestamp>:<body>")>`.
// A timestamp further than the tolerance from now is refused, so a captured callback cannot be
// replayed later; the event id lets the receiver drop redeliveries.
const DEFAULT_TOLERANCE_SECONDS = 300;

export type CallbackRejection = "not_configured" | "missing_signature" | "bad_signature" | "stale" | "malformed";

export class SupplierCallbackError extends Error {
  constructor(
    readonly supplier: Supplier,
    readonly reason: CallbackRejection,
  ) {
    super(`${supplier} callback refused: ${reason}`);
    this.name = "SupplierCallbackError";
  }
}

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | null {
  if (headers instanceof Headers) return headers.get(name);
  const value = headers[name.toLowerCase()];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/** What a supplier's signature headers say: when, and the signatures over which payload. */
type Signed = { timestamp: number; signatures: string[]; encoding: "hex" | "base64"; payload: (body: string) => string };

function readSpencer(headers: HeaderSource): Signed | null {
  const value = header(headers, "spencer-signature");
  if (!value) return null;
  const parts = value.split(",").map((part) => part.trim().split("=", 2));
  const timestamp = Number(parts.find(([key]) => key === "t")?.[1]);
  const signatures = parts.filter(([key, sig]) => key === "v1" && sig).map(([, sig]) => sig!);
  if (!Number.isInteger(timestamp) || signatures.length === 0) return null;
  return { timestamp, signatures, encoding: "hex", payload: (body) => `${timestamp}.${body}` };
}

function readCoster(headers: HeaderSource): Signed | null {
  const stamp = header(headers, "x-coster-timestamp");
  const signature = /^sha256=(.+)$/.exec(header(headers, "x-coster-signature") ?? "")?.[1];
  const timestamp = Number(stamp);
  if (!stamp || !signature || !Number.isInteger(timestamp)) return null;
  return { timestamp, signatures: [signature], encoding: "base64", payload: (body) => `${timestamp}:${body}` };
}

function isSignedBy(secret: string, signed: Signed, body: string): boolean {
  const expected = createHmac("sha256", secret).update(signed.payload(body)).digest();
  return signed.signatures.some((signature) => {
    const given = Buffer.from(signature, signed.encoding);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

const SCHEMES = {
  spencer: { read: readSpencer, parse: parseSpencerCallback },
  coster: { read: readCoster, parse: parseCosterCallback },
} as const;

function secretOf(supplier: Supplier): string | undefined {
  return supplier === "spencer" ? env().SPENCER_CALLBACK_SECRET : env().COSTER_CALLBACK_SECRET;
}

/**
 * Checks a status callback's signature and age against the supplier's callback secret and
 * returns the event it carries; anything else throws a SupplierCallbackError. `rawBody` is
 * the request body exactly as received (the signature covers its bytes).
 */
export function verifySupplierCallback(
  supplier: Supplier,
  rawBody: string,
  headers: HeaderSource,
  options: { secret?: string; now?: Date; toleranceSeconds?: number } = {},
): SupplierCallbackEvent {
  const secret = options.secret ?? secretOf(supplier);
  if (!secret) throw new SupplierCallbackError(supplier, "not_configured");
  const scheme = SCHEMES[supplier];
  const signed = scheme.read(headers);
  if (!signed) throw new SupplierCallbackError(supplier, "missing_signature");
  if (!isSignedBy(secret, signed, rawBody)) throw new SupplierCallbackError(supplier, "bad_signature");
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - signed.timestamp) > (options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS)) {
    throw new SupplierCallbackError(supplier, "stale");
  }
  try {
    return scheme.parse(JSON.parse(rawBody));
  } catch (error) {
    if (error instanceof SyntaxError || error instanceof SupplierError) throw new SupplierCallbackError(supplier, "malformed");
    throw error;
  }
}
