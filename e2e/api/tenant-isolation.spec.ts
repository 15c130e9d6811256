import { expect, test } from "@playwright/test";
import { type Account, addMember, expectError, signUp, uniqueEmail } from "../support";

let a: Account;
let b: Account;
let aMember: Account;
let aInvitationId: string;

test.beforeAll(async () => {
  a = await signUp("Tenant A");
  b = await signUp("Tenant B");
  aMember = await addMember(a, "user");
  const res = await a.client.post("/api/tenants/members/invite", { data: { email: uniqueEmail("pending"), role: "viewer" } });
  aInvitationId = ((await res.json()) as { id: string }).id;
});

test("tenant B sees only itself in every list", async () => {
  const members = (await (await b.client.get("/api/tenants/members")).json()).members as { userId: string }[];
  expect(members.map((m) => m.userId)).toEqual([b.userId]);
  const invitations = (await (await b.client.get("/api/tenants/invitations")).json()).invitations as unknown[];
  expect(invitations).toEqual([]);
  const audit = (await (await b.client.get("/api/audit-logs?limit=100")).json()).items as { resourceId: string }[];
  expect(audit.map((e) => e.resourceId)).not.toContain(aMember.userId);
  expect((await (await b.client.get("/api/tenants/me")).json()).id).toBe(b.tenantId);
});

const WRITES: { name: string; method: string; path: () => string; data?: unknown }[] = [
  { name: "change a member's role", method: "PUT", path: () => `/api/tenants/members/${aMember.userId}`, data: { role: "admin" } },
  { name: "remove a member", method: "DELETE", path: () => `/api/tenants/members/${aMember.userId}` },
  { name: "revoke an invitation", method: "DELETE", path: () => `/api/tenants/invitations/${aInvitationId}` },
  { name: "resend an invitation", method: "POST", path: () => `/api/tenants/invitations/${aInvitationId}/resend` },
  { name: "change the owner's role", method: "PUT", path: () => `/api/tenants/members/${a.userId}`, data: { role: "viewer" } },
];

for (const w of WRITES) {
  test(`tenant B's admin cannot ${w.name} of tenant A (404)`, async () => {
    await expectError(await b.client.fetch(w.path(), { method: w.method, data: w.data }), 404, "not_found");
  });
}

test("tenant A is unchanged after B's attempts", async () => {
  const members = (await (await a.client.get("/api/tenants/members")).json()).members as { userId: string; role: string }[];
  expect(members.find((m) => m.userId === aMember.userId)?.role).toBe("user");
  expect(members.find((m) => m.userId === a.userId)?.role).toBe("admin");
  const invitations = (await (await a.client.get("/api/tenants/invitations")).json()).invitations as { id: string }[];
  expect(invitations.map((i) => i.id)).toContain(aInvitationId);
});

test("the updates and deletes of /api/tenants/me only ever reach the caller's tenant", async () => {
  expect((await b.client.put("/api/tenants/me", { data: { name: "Tenant B renamed" } })).status()).toBe(200);
  expect((await (await a.client.get("/api/tenants/me")).json()).name).toBe("Tenant A");
  await expectError(await b.client.delete("/api/tenants/me", { data: { confirmName: "Tenant A" } }), 422, "validation_failed");
  expect((await a.client.get("/api/tenants/me")).status()).toBe(200);
});

test("switching into a tenant the user does not belong to is a 404", async () => {
  await expectError(await b.client.post("/api/auth/switch-tenant", { data: { tenantId: a.tenantId } }), 404, "not_found");
});

test("one's account reaches only one's own sessions and profile: tenant B cannot end or see tenant A's", async () => {
  const aSessions = (await (await a.client.get("/api/users/me/sessions")).json()).sessions as { id: string }[];
  expect(aSessions.length).toBeGreaterThan(0);
  const bSessions = (await (await b.client.get("/api/users/me/sessions")).json()).sessions as { id: string }[];
  expect(bSessions.map((s) => s.id)).not.toContain(aSessions[0]!.id);

  await expectError(await b.client.delete(`/api/users/me/sessions/${aSessions[0]!.id}`), 404, "not_found");
  expect((await a.client.get("/api/tenants/me")).status()).toBe(200);

  expect((await b.client.patch("/api/users/me", { data: { name: "Renamed B" } })).status()).toBe(200);
  expect(((await (await a.client.get("/api/users/me")).json()) as { name: string }).name).not.toBe("Renamed B");
});
