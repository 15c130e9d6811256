import { randomUUID } from "node:crypto";
import { type APIRequestContext, type APIResponse, expect, request } from "@playwright/test";
import { BASE_URL } from "../playwright.config";
import { checkAgainstDocument } from "./openapi-contract";

export const PASSWORD = "correct-horse-battery-staple";
export const DEMO = { admin: "admin@demo.aerospec.local", staff: "staff@aerospec.local", password: "aerospec-demo-2026" };

export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.test`;
}

/** A cookie jar acting like a browser on our origin (Origin header set for CSRF). */
export async function newClient(headers: Record<string, string> = {}): Promise<APIRequestContext> {
  return checkAgainstDocument(await request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { Origin: BASE_URL, ...headers } }));
}

export type Account = { client: APIRequestContext; email: string; userId: string; tenantId: string };

export async function signUp(company = `Acme ${randomUUID().slice(0, 6)}`): Promise<Account> {
  const client = await newClient();
  const email = uniqueEmail("owner");
  const res = await client.post("/api/auth/signup", { data: { name: "Owner Person", email, password: PASSWORD, companyName: company } });
  expect(res.status(), await res.text()).toBe(201);
  const body = (await res.json()) as { userId: string; tenantId: string };
  return { client, email, ...body };
}

export async function login(email: string, password = PASSWORD, headers: Record<string, string> = {}): Promise<APIRequestContext> {
  const client = await newClient(headers);
  const res = await client.post("/api/auth/login", { data: { email, password } });
  expect(res.status(), await res.text()).toBe(200);
  return client;
}

type Message = { toAddress: string; subject: string; text: string; createdAt: string };

export async function latestEmail(to: string): Promise<Message> {
  const client = await newClient();
  let message: Message | undefined;
  await expect
    .poll(async () => {
      const res = await client.get(`/api/dev/mail?to=${encodeURIComponent(to)}&limit=1`);
      message = ((await res.json()) as { messages: Message[] }).messages[0];
      return message !== undefined;
    })
    .toBe(true);
  await client.dispose();
  return message!;
}

export function linkIn(message: Message, pattern: RegExp): string {
  const match = message.text.match(pattern);
  if (!match) throw new Error(`no link matching ${pattern} in: ${message.text}`);
  return new URL(match[0]).pathname + new URL(match[0]).search;
}

/** Invites `role` into the admin's tenant, accepts as a new account, returns the member signed in. */
export async function addMember(admin: Account, role: "admin" | "user" | "viewer"): Promise<Account> {
  const email = uniqueEmail(role);
  const invite = await admin.client.post("/api/tenants/members/invite", { data: { email, role } });
  expect(invite.status(), await invite.text()).toBe(201);
  const path = linkIn(await latestEmail(email), /https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]+/);
  const token = path.split("/").pop()!;
  const client = await newClient();
  const accept = await client.post(`/api/tenants/invitations/${token}/accept`, { data: { name: `${role} person`, password: PASSWORD } });
  expect(accept.status(), await accept.text()).toBe(200);
  const me = await client.get("/api/tenants/members");
  const members = ((await me.json()) as { members: { userId: string; email: string }[] }).members;
  const userId = members.find((m) => m.email === email)!.userId;
  return { client, email, userId, tenantId: admin.tenantId };
}

/** Asserts the one error body, the status and the request id. */
export async function expectError(res: APIResponse, status: number, code: string) {
  expect(res.status(), await res.text()).toBe(status);
  const body = (await res.json()) as { error: { code: string; message: string; requestId: string; details: unknown[] } };
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
  expect(Array.isArray(body.error.details)).toBe(true);
  expect(body.error.requestId).toBe(res.headers()["x-request-id"]);
  return body.error;
}
