import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

// The receipt code a delivered order shows (as text and as a QR code): an HMAC of the order
// and the moment it was delivered, so it cannot be guessed or forged, needs nothing stored,
// expires a fixed time after delivery, and is single-use because a received order cannot be
// received again. Crockford base32, 10 characters (50 bits), shown as XXXXX-XXXXX.

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const LENGTH = 10;
const RECEIPT_CODE_VALID_DAYS = 30;

function base32(bytes: Buffer, length: number): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

export function receiptCodeOf(order: { id: string; deliveredAt: Date }, secret = env().AUTH_SECRET): string {
  const mac = createHmac("sha256", secret).update(`aerospec-receipt:${order.id}:${order.deliveredAt.toISOString()}`).digest();
  return base32(mac, LENGTH);
}

export function formatReceiptCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

export function receiptCodeExpiresAt(deliveredAt: Date): Date {
  return new Date(deliveredAt.getTime() + RECEIPT_CODE_VALID_DAYS * 86_400_000);
}

/** What a person typed, as the code: case, spaces and dashes ignored, O read as 0 and I/L as 1. */
export function normalizeReceiptCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
}

export type ReceiptCodeCheck = "valid" | "wrong" | "expired";

export function checkReceiptCode(
  order: { id: string; deliveredAt: Date },
  typed: string,
  now = new Date(),
  secret?: string,
): ReceiptCodeCheck {
  const given = Buffer.from(normalizeReceiptCode(typed));
  const expected = Buffer.from(receiptCodeOf(order, secret));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return "wrong";
  return now.getTime() > receiptCodeExpiresAt(order.deliveredAt).getTime() ? "expired" : "valid";
}
