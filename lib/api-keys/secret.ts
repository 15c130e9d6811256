import { createHash, randomBytes } from "node:crypto";

// Spec §7.1 keys: `sk_live_` and 43 URL-safe characters (256 random bits). Being that random,
// a plain SHA-256 is enough to store them by: nothing can be guessed from or tried against it.
// AeroSpec's own services use the same kind of secret under their own mark (`st_live_`, the
// service tokens of lib/ml/service-tokens.ts), so neither is ever mistaken for the other.
const VISIBLE = 8;
const API_KEY_MARK = "sk_live_";
const SERVICE_TOKEN_MARK = "st_live_";

type Secret = { secret: string; secretHash: string; prefix: string };

function generateSecret(mark: string): Secret {
  const secret = `${mark}${randomBytes(32).toString("base64url")}`;
  return { secret, secretHash: hashApiKey(secret), prefix: secret.slice(0, mark.length + VISIBLE) };
}

const formatOf = (mark: string) => new RegExp(`^${mark}[A-Za-z0-9_-]{43}$`);
const API_KEY_FORMAT = formatOf(API_KEY_MARK);
const SERVICE_TOKEN_FORMAT = formatOf(SERVICE_TOKEN_MARK);

/** A new key: the secret (shown once), its hash (stored) and its prefix (shown in the list). */
export function generateApiKey(): Secret {
  return generateSecret(API_KEY_MARK);
}

/** A new service token, made and stored exactly as a key is. */
export function generateServiceToken(): Secret {
  return generateSecret(SERVICE_TOKEN_MARK);
}

/** The stored form of a key or service token. */
export function hashApiKey(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** Whether text is shaped like one of our keys (anything else is refused without a lookup). */
export function isApiKeyFormat(text: string): boolean {
  return API_KEY_FORMAT.test(text);
}

/** Whether text is shaped like a service token. */
export function isServiceTokenFormat(text: string): boolean {
  return SERVICE_TOKEN_FORMAT.test(text);
}
