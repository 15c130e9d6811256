import { type APIRequestContext, expect, test } from "@playwright/test";
import { type Account, DEMO, expectError, login, newClient, signUp } from "../support";

let owner: Account;
let staff: APIRequestContext;
test.beforeAll(async () => {
  owner = await signUp();
  staff = await login("staff@aerospec.local", DEMO.password);
});

type Case = {
  name: string;
  method: "post" | "put" | "delete" | "get";
  path: string;
  body?: string;
  contentType?: string;
  status: number;
  code: string;
  /** The field the error names in its details, and what it says about it. */
  field?: string;
  message?: string;
  /** Platform staff endpoints are called as staff, so the input is checked rather than the role. */
  asStaff?: boolean;
};

const NUL = "\u0000";
const FLUID = { viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72 };
const SIGNUP = { name: "A", email: "nul-check@example.test", password: "long-enough-password", companyName: "Co" };
const UUID = "0b7e4f0e-5d0c-4a51-9a43-3f1c2b8d9e10";
const cursor = (value: unknown) => Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");
const nul = (name: string, method: Case["method"], path: string, body: object | undefined, field: string, asStaff = false): Case => ({
  name: `a NUL in ${name}`,
  method,
  path,
  body: body && JSON.stringify(body),
  status: 422,
  code: "validation_failed",
  field,
  message: "Remove control characters such as NUL",
  asStaff,
});

const CASES: Case[] = [
  {
    name: "malformed JSON",
    method: "post",
    path: "/api/tenants/members/invite",
    body: '{"email": "a@b.c",',
    status: 400,
    code: "bad_request",
  },
  {
    name: "wrong type",
    method: "post",
    path: "/api/tenants/members/invite",
    body: '{"email": 42, "role": "user"}',
    status: 422,
    code: "validation_failed",
  },
  {
    name: "unknown role",
    method: "post",
    path: "/api/tenants/members/invite",
    body: '{"email": "a@example.test", "role": "owner"}',
    status: 422,
    code: "validation_failed",
  },
  {
    name: "missing field",
    method: "post",
    path: "/api/tenants/members/invite",
    body: '{"role": "user"}',
    status: 422,
    code: "validation_failed",
  },
  {
    name: "unknown field",
    method: "post",
    path: "/api/tenants/members/invite",
    body: '{"email": "a@example.test", "role": "user", "admin": true}',
    status: 422,
    code: "validation_failed",
  },
  { name: "JSON that is not an object", method: "put", path: "/api/tenants/me", body: "[1,2,3]", status: 422, code: "validation_failed" },
  { name: "empty update", method: "put", path: "/api/tenants/me", body: "{}", status: 422, code: "validation_failed" },
  {
    name: "oversized body",
    method: "put",
    path: "/api/tenants/me",
    body: JSON.stringify({ name: "x".repeat(70_000) }),
    status: 413,
    code: "payload_too_large",
  },
  {
    name: "wrong content type",
    method: "post",
    path: "/api/tenants/members/invite",
    body: "email=a@example.test",
    contentType: "application/x-www-form-urlencoded",
    status: 415,
    code: "unsupported_media_type",
  },
  {
    name: "text/plain JSON",
    method: "post",
    path: "/api/auth/signup",
    body: "{}",
    contentType: "text/plain",
    status: 415,
    code: "unsupported_media_type",
  },
  {
    name: "not a uuid in the path",
    method: "put",
    path: "/api/tenants/members/not-a-uuid",
    body: '{"role": "user"}',
    status: 404,
    code: "not_found",
  },
  { name: "bad query parameter", method: "get", path: "/api/audit-logs?limit=5000", status: 422, code: "validation_failed" },
  { name: "bad date filter", method: "get", path: "/api/audit-logs?from=yesterday", status: 422, code: "validation_failed" },
  { name: "date in the year 0", method: "get", path: "/api/audit-logs?from=0000-02-29", status: 422, code: "validation_failed" },
  { name: "unknown query parameter", method: "get", path: "/api/audit-logs?sort=sideways", status: 422, code: "validation_failed" },
  {
    name: "signup with an invalid email",
    method: "post",
    path: "/api/auth/signup",
    body: '{"name":"A","email":"nope","password":"long-enough-password","companyName":"Co"}',
    status: 422,
    code: "validation_failed",
  },
  {
    name: "reset with a short token",
    method: "post",
    path: "/api/auth/reset-password",
    body: '{"token":"abc","password":"long-enough-password"}',
    status: 422,
    code: "validation_failed",
  },
  nul("a configuration name", "post", "/api/configurations", { name: `Nozzle${NUL}`, fluid: FLUID }, "name"),
  nul(
    "a configuration description",
    "post",
    "/api/configurations",
    { name: "Nozzle", description: `a${NUL}b`, fluid: FLUID },
    "description",
  ),
  nul("a configuration tag", "post", "/api/configurations", { name: "Nozzle", tags: ["ok", `t${NUL}`], fluid: FLUID }, "tags.1"),
  nul("a fluid name", "post", "/api/fluids", { name: `Glycol${NUL}`, ...FLUID }, "name"),
  nul("fluid notes", "post", "/api/fluids", { name: "Glycol", notes: `n${NUL}`, ...FLUID }, "notes"),
  nul("the tenant name", "put", "/api/tenants/me", { name: `Acme${NUL}` }, "name"),
  nul("the signup name", "post", "/api/auth/signup", { ...SIGNUP, name: `A${NUL}` }, "name"),
  nul("the signup company", "post", "/api/auth/signup", { ...SIGNUP, companyName: `Co${NUL}` }, "companyName"),
  nul("q (configurations)", "get", "/api/configurations?q=%00", undefined, "q"),
  nul("q (actuators)", "get", "/api/actuators?q=a%00", undefined, "q"),
  nul("q (fluids)", "get", "/api/fluids?q=%00", undefined, "q"),
  nul("q (staff organizations)", "get", "/api/admin/tenants?q=%00", undefined, "q", true),
  nul("tag", "get", "/api/configurations?tag=%00", undefined, "tag"),
  nul("supplier", "get", "/api/admin/commissions?supplier=%00", undefined, "supplier", true),
  nul("to (local mailbox)", "get", "/api/dev/mail?to=%00", undefined, "to"),
  {
    name: "a broken percent-encoding in a path segment",
    method: "get",
    path: "/api/configurations/%ff%fe",
    status: 400,
    code: "bad_request",
    field: "path",
  },
  {
    name: "an overlong UTF-8 encoding in a path segment",
    method: "put",
    path: "/api/tenants/members/%C0%AE",
    body: '{"role": "user"}',
    status: 400,
    code: "bad_request",
    field: "path",
  },
  {
    name: "a number as the cursor of a timestamp sort",
    method: "get",
    path: `/api/configurations?sort=newest&cursor=${cursor(["1", UUID])}`,
    status: 422,
    code: "validation_failed",
    field: "cursor",
  },
  {
    name: "a cursor id of 36 dashes (key cursor)",
    method: "get",
    path: `/api/configurations?sort=name&cursor=${cursor(["alpha", "-".repeat(36)])}`,
    status: 422,
    code: "validation_failed",
    field: "cursor",
  },
  {
    name: "a cursor id of 36 dashes (created_at cursor)",
    method: "get",
    path: `/api/audit-logs?cursor=${cursor(`2026-01-01T00:00:00.000000Z|${"-".repeat(36)}`)}`,
    status: 422,
    code: "validation_failed",
    field: "cursor",
  },
];

for (const c of CASES) {
  test(`${c.name} → ${c.status} ${c.code}`, async () => {
    const res = await (c.asStaff ? staff : owner.client).fetch(c.path, {
      method: c.method.toUpperCase(),
      headers: c.body !== undefined ? { "Content-Type": c.contentType ?? "application/json" } : {},
      data: c.body === undefined ? undefined : Buffer.from(c.body),
    });
    const error = await expectError(res, c.status, c.code);
    if (c.field) expect(error.details).toContainEqual(expect.objectContaining({ path: c.field, ...(c.message && { message: c.message }) }));
    expect(res.headers()["cache-control"]).toBe("no-store");
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
    expect(res.headers()["x-frame-options"]).toBe("DENY");
  });
}

test("API answers, successful or not, are never stored by shared caches (no-store)", async () => {
  const ok = await owner.client.get("/api/tenants/me");
  expect(ok.status()).toBe(200);
  expect(ok.headers()["cache-control"]).toBe("no-store");
  const missing = await owner.client.get("/api/configurations/not-a-uuid");
  await expectError(missing, 404, "not_found");
  expect(missing.headers()["cache-control"]).toBe("no-store");
  const signedOut = await (await newClient()).get("/api/tenants/me");
  expect(signedOut.status()).toBe(401);
  expect(signedOut.headers()["cache-control"]).toBe("no-store");
  // A handler that chose its own policy keeps it.
  const csv = await owner.client.get("/api/configurations/export");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["cache-control"]).toBe("private, no-store");
});

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
