import { expect, test } from "@playwright/test";
import { type Account, expectError, signUp } from "../support";

let owner: Account;
test.beforeAll(async () => {
  owner = await signUp();
});

type Case = {
  name: string;
  method: "post" | "put" | "delete" | "get";
  path: string;
  body?: string;
  contentType?: string;
  status: number;
  code: string;
};

const CASES: Case[] = [
  { name: "malformed JSON", method: "post", path: "/api/tenants/members/invite", body: '{"email": "a@b.c",', status: 400, code: "bad_request" },
  { name: "wrong type", method: "post", path: "/api/tenants/members/invite", body: '{"email": 42, "role": "user"}', status: 422, code: "validation_failed" },
  { name: "unknown role", method: "post", path: "/api/tenants/members/invite", body: '{"email": "a@example.test", "role": "owner"}', status: 422, code: "validation_failed" },
  { name: "missing field", method: "post", path: "/api/tenants/members/invite", body: '{"role": "user"}', status: 422, code: "validation_failed" },
  { name: "unknown field", method: "post", path: "/api/tenants/members/invite", body: '{"email": "a@example.test", "role": "user", "admin": true}', status: 422, code: "validation_failed" },
  { name: "JSON that is not an object", method: "put", path: "/api/tenants/me", body: "[1,2,3]", status: 422, code: "validation_failed" },
  { name: "empty update", method: "put", path: "/api/tenants/me", body: "{}", status: 422, code: "validation_failed" },
  { name: "oversized body", method: "put", path: "/api/tenants/me", body: JSON.stringify({ name: "x".repeat(70_000) }), status: 413, code: "payload_too_large" },
  { name: "wrong content type", method: "post", path: "/api/tenants/members/invite", body: "email=a@example.test", contentType: "application/x-www-form-urlencoded", status: 415, code: "unsupported_media_type" },
  { name: "text/plain JSON", method: "post", path: "/api/auth/signup", body: "{}", contentType: "text/plain", status: 415, code: "unsupported_media_type" },
  { name: "not a uuid in the path", method: "put", path: "/api/tenants/members/not-a-uuid", body: '{"role": "user"}', status: 404, code: "not_found" },
  { name: "bad query parameter", method: "get", path: "/api/audit-logs?limit=5000", status: 422, code: "validation_failed" },
  { name: "bad date filter", method: "get", path: "/api/audit-logs?from=yesterday", status: 422, code: "validation_failed" },
  { name: "unknown query parameter", method: "get", path: "/api/audit-logs?sort=sideways", status: 422, code: "validation_failed" },
  { name: "signup with an invalid email", method: "post", path: "/api/auth/signup", body: '{"name":"A","email":"nope","password":"long-enough-password","companyName":"Co"}', status: 422, code: "validation_failed" },
  { name: "reset with a short token", method: "post", path: "/api/auth/reset-password", body: '{"token":"abc","password":"long-enough-password"}', status: 422, code: "validation_failed" },
];

for (const c of CASES) {
  test(`${c.name} → ${c.status} ${c.code}`, async () => {
    const res = await owner.client.fetch(c.path, {
      method: c.method.toUpperCase(),
      headers: c.body !== undefined ? { "Content-Type": c.contentType ?? "application/json" } : {},
      data: c.body === undefined ? undefined : Buffer.from(c.body),
    });
    await expectError(res, c.status, c.code);
  });
}

test("a validation error names the field", async () => {
  const res = await owner.client.post("/api/tenants/members/invite", { data: { email: "not-an-email", role: "user" } });
  const error = await expectError(res, 422, "validation_failed");
  expect(error.details).toEqual([expect.objectContaining({ path: "email", message: expect.any(String) })]);
});

test("nothing was changed by the rejected requests", async () => {
  const me = await (await owner.client.get("/api/tenants/me")).json();
  expect(me.name).toMatch(/^Acme /);
  const invitations = await (await owner.client.get("/api/tenants/invitations")).json();
  expect(invitations.invitations).toEqual([]);
});
