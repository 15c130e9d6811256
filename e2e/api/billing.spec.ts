import { expect, test } from "@playwright/test";
import { advanceStripeClock, failNextPayment, signWebhook, subscribeThroughCheckout } from "../stripe";
import { type Account, addMember, expectError, login, newClient, signUp } from "../support";

let admin: Account;
let user: Account;
let viewer: Account;

test.beforeAll(async () => {
  admin = await signUp();
  user = await addMember(admin, "user");
  viewer = await addMember(admin, "viewer");
});

// [endpoint, body]: tenant admins only; users and viewers get 403.
const ADMIN_ONLY = [
  { method: "POST", path: "/api/billing/subscribe", data: { plan: "starter" } },
  { method: "POST", path: "/api/billing/change-plan", data: { plan: "starter" } },
  { method: "DELETE", path: "/api/billing/cancel" },
  { method: "POST", path: "/api/billing/resume" },
  { method: "GET", path: "/api/billing/portal-session" },
  { method: "GET", path: "/api/billing/invoices" },
  { method: "GET", path: "/api/billing/invoices/00000000-0000-4000-8000-000000000000" },
];

for (const row of ADMIN_ONLY) {
  for (const role of ["user", "viewer"] as const) {
    test(`a ${role} may not ${row.method} ${row.path} (403)`, async () => {
      const client = role === "user" ? user.client : viewer.client;
      await expectError(await client.fetch(row.path, { method: row.method, data: row.data }), 403, "forbidden");
    });
  }
}

test("every member reads the subscription overview with usage against every limit", async () => {
  const res = await viewer.client.get("/api/billing/subscription");
  expect(res.status()).toBe(200);
  const body = (await res.json()) as {
    plan: string;
    status: string;
    trialDaysLeft: number;
    usage: { limit: string; used: number; allowed: number }[];
  };
  expect(body).toMatchObject({ plan: "professional", status: "trialing", trialDaysLeft: 14, subscription: null });
  expect(body.usage.map((u) => u.limit)).toEqual([
    "api_calls_per_month",
    "configurations_per_month",
    "export_requests_per_day",
    "max_users",
  ]);
  expect(body.usage.find((u) => u.limit === "max_users")).toMatchObject({ used: 3, allowed: 5 });
});

test("bad billing input gets 4xx with the error body", async () => {
  await expectError(await admin.client.post("/api/billing/subscribe", { data: { plan: "gold" } }), 422, "validation_failed");
  await expectError(await admin.client.post("/api/billing/subscribe", { data: { plan: "enterprise" } }), 422, "validation_failed");
  await expectError(await admin.client.post("/api/billing/change-plan", { data: { plan: "starter" } }), 409, "conflict");
  await expectError(await admin.client.delete("/api/billing/cancel"), 409, "conflict");
  await expectError(await admin.client.get("/api/billing/invoices?limit=1000"), 422, "validation_failed");
  await expectError(await admin.client.get("/api/billing/invoices?cursor=nope"), 422, "validation_failed");
  await expectError(await admin.client.get("/api/billing/invoices/not-a-uuid"), 404, "not_found");
});

test("the Stripe webhook refuses a forged or stale signature (400) and acknowledges an unknown event type", async () => {
  const client = await newClient();
  const payload = JSON.stringify({
    id: "evt_e2e_unknown",
    object: "event",
    type: "customer.tax_id.created",
    created: 1,
    data: { object: {} },
  });
  const post = (signature: string) =>
    client.post("/api/webhooks/stripe", { data: payload, headers: { "content-type": "application/json", "stripe-signature": signature } });
  await expectError(await post("t=1,v1=deadbeef"), 400, "bad_request");
  await expectError(await post(signWebhook(payload, Math.floor(Date.now() / 1000) - 3_600)), 400, "bad_request");
  const ok = await post(signWebhook(payload));
  expect(ok.status(), await ok.text()).toBe(200);
  expect(await ok.json()).toEqual({ received: true, outcome: "ignored" });
});

test("platform revenue and commissions are for AeroSpec staff only", async () => {
  await expectError(await admin.client.get("/api/admin/revenue/monthly"), 403, "forbidden");
  await expectError(await admin.client.get("/api/admin/commissions"), 403, "forbidden");
  const staff = await login("staff@aerospec.local", "aerospec-demo-2026");
  const revenue = await staff.get("/api/admin/revenue/monthly");
  expect(revenue.status()).toBe(200);
  const { months } = (await revenue.json()) as { months: { month: string; mrrCents: number }[] };
  expect(months).toHaveLength(12);
  expect(months.at(-1)!.mrrCents).toBeGreaterThanOrEqual(200_000);
  const commissions = await staff.get("/api/admin/commissions?supplier=Spencer");
  expect(commissions.status()).toBe(200);
  expect(await commissions.json()).toMatchObject({ items: expect.any(Array), nextCursor: null });
  await expectError(await staff.get("/api/admin/revenue/monthly?from=2026-13"), 422, "validation_failed");
});

test("a past-due tenant is read-only: writes get 402, reads and billing still work; paying restores it", async () => {
  const owner = await signUp();
  const customer = await subscribeThroughCheckout(owner, "starter");
  await expect
    .poll(async () => ((await (await owner.client.get("/api/billing/subscription")).json()) as { status: string }).status)
    .toBe("active");

  await failNextPayment(customer);
  await advanceStripeClock(32);
  await expect
    .poll(async () => ((await (await owner.client.get("/api/billing/subscription")).json()) as { status: string }).status)
    .toBe("past_due");

  const write = await owner.client.put("/api/tenants/me", { data: { name: "Renamed while past due" } });
  const error = await expectError(write, 402, "payment_required");
  expect(error.message).toMatch(/read-only.*payment failed/i);
  expect((await owner.client.get("/api/configurations")).status()).toBe(200);
  const overview = (await (await owner.client.get("/api/billing/subscription")).json()) as { readOnly: boolean; readOnlyReason: string };
  expect(overview).toMatchObject({ readOnly: true, readOnlyReason: "past_due" });
  expect((await owner.client.get("/api/billing/portal-session")).status()).toBe(200);

  const invoices = (await (await owner.client.get("/api/billing/invoices")).json()) as {
    items: { id: string; status: string; payUrl: string | null }[];
  };
  const open = invoices.items.find((i) => i.status === "sent")!;
  const pdf = await owner.client.get(`/api/billing/invoices/${open.id}`);
  expect([pdf.status(), pdf.headers()["content-type"]]).toEqual([200, "application/pdf"]);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  const payer = await newClient();
  expect((await payer.post(`${open.payUrl}/pay`, { maxRedirects: 0 })).status()).toBe(303);
  await expect
    .poll(async () => ((await (await owner.client.get("/api/billing/subscription")).json()) as { status: string }).status)
    .toBe("active");
  const renamed = await owner.client.put("/api/tenants/me", { data: { name: "Renamed after paying" } });
  expect(renamed.status(), await renamed.text()).toBe(200);
});

test("no tenant sees another's invoices (404)", async () => {
  const owner = await signUp();
  await subscribeThroughCheckout(owner, "starter");
  const mine = (await (await owner.client.get("/api/billing/invoices")).json()) as { items: { id: string }[] };
  expect(mine.items.length).toBeGreaterThan(0);
  await expectError(await admin.client.get(`/api/billing/invoices/${mine.items[0]!.id}`), 404, "not_found");
  const theirs = (await (await admin.client.get("/api/billing/invoices")).json()) as { items: unknown[] };
  expect(theirs.items).toEqual([]);
});

test("platform staff move an organization to Enterprise at a custom price, and end it", async () => {
  const company = `Enterprise ${Date.now().toString(36)}`;
  const target = await signUp(company);
  await expectError(
    await admin.client.put(`/api/admin/tenants/${target.tenantId}/plan`, { data: { plan: "enterprise", monthlyAmountCents: 900_000 } }),
    403,
    "forbidden",
  );
  const staff = await login("staff@aerospec.local", "aerospec-demo-2026");
  await expectError(
    await staff.put(`/api/admin/tenants/${target.tenantId}/plan`, { data: { plan: "starter", monthlyAmountCents: 1 } }),
    422,
    "validation_failed",
  );
  await expectError(
    await staff.put(`/api/admin/tenants/${target.tenantId}/plan`, { data: { plan: "enterprise", monthlyAmountCents: -5 } }),
    422,
    "validation_failed",
  );
  await expectError(
    await staff.put("/api/admin/tenants/00000000-0000-4000-8000-000000000000/plan", {
      data: { plan: "enterprise", monthlyAmountCents: 5 },
    }),
    404,
    "not_found",
  );
  expect(
    (await staff.put(`/api/admin/tenants/${target.tenantId}/plan`, { data: { plan: "enterprise", monthlyAmountCents: 900_000 } })).status(),
  ).toBe(204);
  const overview = (await (await target.client.get("/api/billing/subscription")).json()) as {
    plan: string;
    status: string;
    usage: { limit: string; allowed: number }[];
  };
  expect(overview).toMatchObject({ plan: "enterprise", status: "active" });
  expect(overview.usage.every((u) => u.allowed === -1)).toBe(true);
  const list = (await (await staff.get(`/api/admin/tenants?q=${encodeURIComponent(company)}`)).json()) as {
    items: { id: string; mrrCents: number }[];
  };
  expect(list.items).toEqual([expect.objectContaining({ id: target.tenantId, mrrCents: 900_000 })]);
  expect((await staff.delete(`/api/admin/tenants/${target.tenantId}/plan`)).status()).toBe(204);
  await expectError(await target.client.put("/api/tenants/me", { data: { name: "After Enterprise" } }), 402, "payment_required");
});

test("staff filter organizations by plan and status; an unknown plan is a 422 naming the field", async () => {
  const company = `Filtered ${Date.now().toString(36)}`;
  const target = await signUp(company);
  const staff = await login("staff@aerospec.local", "aerospec-demo-2026");
  const list = async (query: string) =>
    ((await (await staff.get(`/api/admin/tenants?q=${encodeURIComponent(company)}&${query}`)).json()) as { items: { id: string }[] }).items;
  expect((await list("plan=professional&status=trialing")).map((t) => t.id)).toEqual([target.tenantId]);
  expect(await list("plan=starter")).toEqual([]);
  expect(await list("status=active")).toEqual([]);
  await expectError(await staff.get("/api/admin/tenants?plan=gold"), 422, "validation_failed");
});
