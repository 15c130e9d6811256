import { hkdfSync } from "node:crypto";
import { base64url, calculateJwkThumbprint, jwtDecrypt } from "jose";
import type { JWT } from "next-auth/jwt";

// Auth.js session tokens are JWEs ("dir" with A256CBC-HS512, older ones A256GCM) under a key
// derived from AUTH_SECRET and the cookie name, named by the key's JWK thumbprint. Auth.js's
// own decode derives the key and its thumbprint again for every token; here each is derived
// once per process (per secret, cookie name and algorithm) and reused.
const KEY_LENGTH = { "A256CBC-HS512": 64, A256GCM: 32 } as const;
type Encryption = keyof typeof KEY_LENGTH;

type Key = { key: Uint8Array; thumbprint: string };
const keys = new Map<string, Promise<Key>>();

function isEncryption(enc: string): enc is Encryption {
  return enc in KEY_LENGTH;
}

function derivedKey(secret: string, salt: string, enc: Encryption): Promise<Key> {
  const id = JSON.stringify([secret, salt, enc]);
  let found = keys.get(id);
  if (!found) {
    const key = new Uint8Array(hkdfSync("sha256", secret, salt, `Auth.js Generated Encryption Key (${salt})`, KEY_LENGTH[enc]));
    const digest = enc === "A256GCM" ? "sha256" : "sha512";
    found = calculateJwkThumbprint({ kty: "oct", k: base64url.encode(key) }, digest).then((thumbprint) => ({ key, thumbprint }));
    keys.set(id, found);
  }
  return found;
}

/** The claims of a session token issued by Auth.js for the cookie `salt`; throws when it is not one. */
export async function decryptSessionToken(token: string, secret: string, salt: string): Promise<JWT> {
  const { payload } = await jwtDecrypt<JWT>(
    token,
    async ({ kid, enc }) => {
      if (!isEncryption(enc)) throw new Error("Unsupported JWT content encryption");
      const { key, thumbprint } = await derivedKey(secret, salt, enc);
      if (kid !== undefined && kid !== thumbprint) throw new Error("No matching decryption secret");
      return key;
    },
    { clockTolerance: 15, keyManagementAlgorithms: ["dir"], contentEncryptionAlgorithms: ["A256CBC-HS512", "A256GCM"] },
  );
  return payload;
}
