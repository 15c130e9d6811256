import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { env } from "@/lib/env";
import type { SignedIn } from "./service";

// A short-lived, server-signed proof that AeroSpec already verified this sign-in (password,
// invitation, tenant switch). Auth.js exchanges it for the session cookie.
const TICKET_TTL_MS = 60_000;

const ticketSchema = z.object({
  userId: z.uuid(),
  email: z.string(),
  name: z.string(),
  tenantId: z.uuid().nullable(),
  sessionId: z.uuid().nullable(),
  userVersion: z.number().int(),
  exp: z.number(),
});

function sign(payload: string): string {
  return createHmac("sha256", `${env().AUTH_SECRET}:signin-ticket`).update(payload).digest("base64url");
}

export function createSignInTicket(signedIn: SignedIn): string {
  const payload = Buffer.from(JSON.stringify({ ...signedIn, exp: Date.now() + TICKET_TTL_MS })).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

export function readSignInTicket(ticket: unknown): SignedIn | null {
  if (typeof ticket !== "string") return null;
  const [payload, signature] = ticket.split(".");
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const parsed = ticketSchema.parse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
    if (parsed.exp < Date.now()) return null;
    const { exp: _exp, ...signedIn } = parsed;
    return signedIn;
  } catch {
    return null;
  }
}
