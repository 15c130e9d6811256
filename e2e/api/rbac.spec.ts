import { expect, test } from "@playwright/test";
import { type Account, addMember, expectError, signUp, uniqueEmail } from "../support";

let admin: Account;
let user: Account;
let viewer: Account;

test.beforeAll(async () => {
  admin = await signUp();
  user = await addMember(admin, "user");
  viewer = await addMember(admin, "viewer");
});

type Role = "admin" | "user" | "viewer";
// [endpoint, allowed roles]; a refused role gets 403 forbidden.
const MATRIX: { name: string; method: string; path: () => string; data?: () => unknown; allowed: Role[] }[] = [
  { name: "GET /api/tenants/me", method: "GET", path: () => "/api/tenants/me", allowed: ["admin", "user", "viewer"] },
  { name: "GET /api/tenants/members", method: "GET", path: () => "/api/tenants/members", allowed: ["admin", "user", "viewer"] },
  { name: "GET /api/tenants/invitations", method: "GET", path: () => "/api/tenants/invitations", allowed: ["admin"] },
  { name: "GET /api/audit-logs", method: "GET", path: () => "/api/audit-logs", allowed: ["admin"] },
  { name: "PUT /api/tenants/me", method: "PUT", path: () => "/api/tenants/me", data: () => ({ billingEmail: "ap@example.test" }), allowed: ["admin"] },
  { name: "POST /api/tenants/members/invite", method: "POST", path: () => "/api/tenants/members/invite", data: () => ({ email: uniqueEmail(), role: "viewer" }), allowed: ["admin"] },
  { name: "PUT /api/tenants/members/:id", method: "PUT", path: () => `/api/tenants/members/${viewer.userId}`, data: () => ({ role: "viewer" }), allowed: ["admin"] },
  { name: "DELETE /api/tenants/me", method: "DELETE", path: () => "/api/tenants/me", data: () => ({ confirmName: "wrong name" }), allowed: [] },
];

for (const row of MATRIX) {
  for (const role of ["user", "viewer"] as const) {
    const allowed = row.allowed.includes(role);
    test(`${role} ${allowed ? "may" : "may not"} ${row.name}`, async () => {
      const client = role === "user" ? user.client : viewer.client;
      const res = await client.fetch(row.path(), { method: row.method, data: row.data?.() });
      if (allowed) expect(res.status(), await res.text()).toBeLessThan(300);
      else await expectError(res, 403, "forbidden");
    });
  }
}

test("an admin who is not the owner cannot delete the tenant (403)", async () => {
  const second = await addMember(admin, "admin");
  await expectError(await second.client.delete("/api/tenants/me", { data: { confirmName: "anything" } }), 403, "forbidden");
});

test("without a session every tenant endpoint is 401", async ({ request }) => {
  for (const path of ["/api/tenants/me", "/api/tenants/members", "/api/tenants/invitations", "/api/audit-logs"]) {
    await expectError(await request.get(path), 401, "unauthorized");
  }
});
