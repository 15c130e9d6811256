import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** Random letters and digits, like the tail of a Stripe object ID. */
export function randomAlnum(length: number): string {
  const bytes = randomBytes(length);
  let out = "";
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return out;
}

export type IdPrefix =
  | "cus"
  | "prod"
  | "price"
  | "cs_test"
  | "sub"
  | "si"
  | "in"
  | "il"
  | "ii"
  | "pi"
  | "ch"
  | "re"
  | "pm"
  | "bps"
  | "bpc"
  | "evt"
  | "req";

/** A new object ID such as `cus_4f9XkQ2…`. */
export function newId(prefix: IdPrefix): string {
  return `${prefix}_${randomAlnum(24)}`;
}
