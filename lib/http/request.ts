import type { NextRequest } from "next/server";

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** proxy.ts assigns every request an id; this reads it (or makes one for direct calls). */
export function getRequestId(req: Request): string {
  const given = req.headers.get("x-request-id");
  return given && REQUEST_ID.test(given) ? given : crypto.randomUUID();
}

export function newRequestId(given: string | null): string {
  return given && REQUEST_ID.test(given) ? given : crypto.randomUUID();
}

export type ClientInfo = { ip: string | null; userAgent: string | null };

export function getClientInfo(req: Request | NextRequest): ClientInfo {
  const forwarded = req.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || req.headers.get("x-real-ip") || null;
  return { ip: ip && isIp(ip) ? ip : null, userAgent: req.headers.get("user-agent")?.slice(0, 500) ?? null };
}

function isIp(value: string): boolean {
  return /^[0-9.]+$/.test(value) || /^[0-9a-fA-F:.]+$/.test(value);
}

/** What every write carries from the request for the audit trail. */
export type RequestMeta = ClientInfo & { requestId: string | null };
