import type { webhookEndpoints } from "@/db/schema";
import { decryptSecret } from "./secret";

type Secrets = Pick<typeof webhookEndpoints.$inferSelect, "secretCiphertext" | "previousSecretCiphertext" | "previousSecretExpiresAt">;

/** The secrets a message is signed with: the current one, and the previous one during its overlap. */
export function signingSecrets(endpoint: Secrets, at: Date): string[] {
  const secrets = [decryptSecret(endpoint.secretCiphertext)];
  if (endpoint.previousSecretCiphertext && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > at) {
    secrets.push(decryptSecret(endpoint.previousSecretCiphertext));
  }
  return secrets;
}
