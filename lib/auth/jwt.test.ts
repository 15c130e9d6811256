import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decryptSessionToken } from "./jwt";

const SECRET = "jwt-test-secret-jwt-test-secret-0123456789";
const SALTS = ["authjs.session-token", "__Secure-authjs.session-token"];
const CLAIMS = { sub: "user-1", tenant_id: "tenant-1", sid: "session-1", uv: 3, role: "admin" };

describe("decryptSessionToken", () => {
  it.each(SALTS)("reads what Auth.js wrote for the %s cookie, again and again with the key derived once", async (salt) => {
    const token = await encode({ salt, secret: SECRET, token: CLAIMS });
    for (let i = 0; i < 3; i++) expect(await decryptSessionToken(token, SECRET, salt)).toMatchObject(CLAIMS);
  });

  it("refuses a token made with another secret, for another cookie, expired, or not a token at all", async () => {
    const salt = SALTS[0]!;
    const token = await encode({ salt, secret: SECRET, token: CLAIMS });
    await expect(decryptSessionToken(await encode({ salt, secret: `${SECRET}-other`, token: CLAIMS }), SECRET, salt)).rejects.toThrow();
    await expect(decryptSessionToken(token, SECRET, SALTS[1]!)).rejects.toThrow();
    await expect(decryptSessionToken(await encode({ salt, secret: SECRET, token: CLAIMS, maxAge: -60 }), SECRET, salt)).rejects.toThrow();
    await expect(decryptSessionToken(`${token.slice(0, -4)}AAAA`, SECRET, salt)).rejects.toThrow();
    await expect(decryptSessionToken("not-a-token", SECRET, salt)).rejects.toThrow();
  });
});
