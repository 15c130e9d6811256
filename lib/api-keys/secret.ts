import { createHash, randomBytes } from "node:crypto";

// Spec §7.1 keys: `sk_live_` and 43 URL-safe characters (256 random bits). Being that random,
// a plain SHA-256 is enough to store them by: nothing can be guessed from or tried against it.
const MARK = "sk_live_";
const FORMAT = /^sk_live_[A-Za-z0-9_-]{43}$/;
const VISIBLE = 8;

/** A new key: the secret (shown once), its hash (stored) and its prefix (shown in the list). */
export function generateApiKey(): { secret: string; secretHash: string; prefix: string } {
  const secret = `${MARK}${randomBytes(32).toString("base64url")}`;
  return { secret, secretHash: hashApiKey(secret), prefix: secret.slice(0, MARK.length + VISIBLE) };
}

export function hashApiKey(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** Whether text is shaped like one of our keys (anything else is refused without a lookup). */
export function isApiKeyFormat(text: string): boolean {
  return FORMAT.test(text);
}
