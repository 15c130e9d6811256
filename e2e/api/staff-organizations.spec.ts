import { expect, test } from "@playwright/test";
import { subscribeThroughCheckout } from "../stripe";
import { addMember, DEMO, expectError, login, signUp } from "../support";

// The staff organizations list (filters, sort) and one organization's detail.

type Row = { id: string; name: string; members: number; mrrCents: number; createdAt: string };

test("staff sort organizations by name, members, MRR and age, and page through each order", async () => {
  const staff = await login(DEMO.staff, DEMO.password);
  const tag = `Sorted ${Date.now().toString(36)}`;
  const big = await signUp(`${tag} B big team`);
  await addMember(big, "user");
  await addMember(big, "viewer");
  const paying = await signUp(`${tag} C paying`);
  await subscribeThroughCheckout(paying, "professional");
  const small = await signUp(`${tag} A small`);
  const list = async (query: string) =>
    (await (await staff.get(`/api/admin/tenants?q=${encodeURIComponent(tag)}&${query}`)).json()) as {
      items: Row[];
      nextCursor: string | null;
    };

  expect((await list("sort=name")).items.map((t) => t.id)).toEqual([small.tenantId, big.tenantId, paying.tenantId]);
  expect((await list("sort=members")).items[0]).toMatchObject({ id: big.tenantId, members: 3 });
  expect((await list("sort=mrr")).items[0]).toMatchObject({ id: paying.tenantId, mrrCents: 200_000 });
  expect((await list("sort=newest")).items.map((t) => t.id)).toEqual([small.tenantId, paying.tenantId, big.tenantId]);
  expect((await list("sort=oldest")).items.map((t) => t.id)).toEqual([big.tenantId, paying.tenantId, small.tenantId]);
  expect((await list("plan=professional&status=active")).items.map((t) => t.id)).toEqual([paying.tenantId]);

  // Keyset pages in a computed order: nothing skipped, nothing repeated.
  const first = await list("sort=members&limit=2");
  expect(first.nextCursor).not.toBeNull();
  const second = await list(`sort=members&limit=2&cursor=${first.nextCursor}`);
  expect([...first.items, ...second.items].map((t) => t.members)).toEqual([3, 1, 1]);
  expect(new Set([...first.items, ...second.items].map((t) => t.id)).size).toBe(3);

  await expectError(await staff.get("/api/admin/tenants?sort=revenue"), 422, "validation_failed");
});

test("an organization's detail shows members, plan history, invoices and usage; only to staff", async () => {
  const owner = await signUp();
  await addMember(owner, "viewer");
  await subscribeThroughCheckout(owner, "professional");
  const configuration = await owner.client.post("/api/configurations", {
    data: {
      name: "Detail check",
      fluid: { viscosityCp: 2.5, densityKgM3: 872, surfaceTensionMNm: 24 },
      targets: { flowMlMin: 300, maxPressureBar: 6, coneDeg: 80 },
    },
  });
  expect(configuration.status(), await configuration.text()).toBe(201);
  const staff = await login(DEMO.staff, DEMO.password);
  const res = await staff.get(`/api/admin/tenants/${owner.tenantId}`);
  expect(res.status(), await res.text()).toBe(200);
  const detail = await res.json();
  expect(detail).toMatchObject({ id: owner.tenantId, plan: "professional", status: "active", members: 2, hasStripeCustomer: true });
  expect(detail.planChanges[0]).toMatchObject({ kind: "new", plan: "professional", mrrCents: 200_000, previousMrrCents: 0 });
  expect(detail.invoices[0]).toMatchObject({ status: "paid", totalCents: 200_000 });
  expect(detail.configurationsTotal).toBe(1);
  expect(detail.procurements).toEqual({ total: 0, byStatus: {} });
  expect(detail.usage.map((m: { limit: string }) => m.limit)).toEqual([
    "api_calls_per_month",
    "configurations_per_month",
    "export_requests_per_day",
    "max_users",
  ]);

  await expectError(await staff.get("/api/admin/tenants/00000000-0000-4000-8000-000000000000"), 404, "not_found");
  await expectError(await staff.get("/api/admin/tenants/not-a-uuid"), 404, "not_found");
  await expectError(await owner.client.get(`/api/admin/tenants/${owner.tenantId}`), 403, "forbidden");
});
