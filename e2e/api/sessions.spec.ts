import { expect, test } from "@playwright/test";
import { addMember, expectError, latestEmail, linkIn, signUp } from "../support";

test("a removed member is signed out on their very next request", async () => {
  const admin = await signUp();
  const member = await addMember(admin, "user");
  expect((await member.client.get("/api/tenants/members")).status()).toBe(200);
  expect((await admin.client.delete(`/api/tenants/members/${member.userId}`)).status()).toBe(204);
  await expectError(await member.client.get("/api/tenants/members"), 401, "unauthorized");
});

test("a role change applies on the member's very next request", async () => {
  const admin = await signUp();
  const member = await addMember(admin, "user");
  await expectError(await member.client.get("/api/audit-logs"), 403, "forbidden");
  expect((await admin.client.put(`/api/tenants/members/${member.userId}`, { data: { role: "admin" } })).status()).toBe(200);
  expect((await member.client.get("/api/audit-logs")).status()).toBe(200);
  expect((await admin.client.put(`/api/tenants/members/${member.userId}`, { data: { role: "viewer" } })).status()).toBe(200);
  await expectError(await member.client.get("/api/audit-logs"), 403, "forbidden");
});

test("a person in two tenants switches between them", async () => {
  const first = await signUp("First Co");
  const second = await signUp("Second Co");
  const invite = await second.client.post("/api/tenants/members/invite", { data: { email: first.email, role: "viewer" } });
  expect(invite.status()).toBe(201);
  const token = linkIn(await latestEmail(first.email), /https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]+/)
    .split("/")
    .pop();
  const accept = await first.client.post(`/api/tenants/invitations/${token}/accept`, { data: {} });
  expect(accept.status(), await accept.text()).toBe(200);
  expect((await (await first.client.get("/api/tenants/me")).json()).name).toBe("Second Co");
  await expectError(await first.client.get("/api/audit-logs"), 403, "forbidden");
  expect((await first.client.post("/api/auth/switch-tenant", { data: { tenantId: first.tenantId } })).status()).toBe(200);
  expect((await (await first.client.get("/api/tenants/me")).json()).name).toBe("First Co");
  expect((await first.client.get("/api/audit-logs")).status()).toBe(200);
});
