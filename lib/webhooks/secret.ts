import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

// Signing secrets in the Standard Webhooks form: `whsec_` and 32 random bytes in base64. They
// are needed at every send, so unlike API keys they cannot be hashed: they are stored encrypted
// with AES-256-GCM under a key derived from AUTH_SECRET (changing AUTH_SECRET means rotating
// every endpoint's secret).
const MARK = "whsec_";
const VERSION = "v1";

let key: Buffer | undefined;
function encryptionKey(): Buffer {
  key ??= Buffer.from(hkdfSync("sha256", env().AUTH_SECRET, "aerospec", "webhook signing secrets", 32));
  return key;
}

export function generateWebhookSecret(): string {
  return `${MARK}${randomBytes(32).toString("base64")}`;
}

export function encryptSecret(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", encryptionKey(), iv);
  const data = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), data.toString("base64url")].join(".");
}

export function decryptSecret(stored: string): string {
  const [version, iv, tag, data] = stored.split(".");
  if (version !== VERSION || !iv || !tag || !data) throw new Error("Unknown webhook secret format");
  const decipher = createDecipheriv("aes-256-gcm", encryptionKey(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}
