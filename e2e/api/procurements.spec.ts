import { expect, test } from "@playwright/test";
import { type Account, addMember, expectError, signUp } from "../support";

// The HTTP contract of orders: spec §2.3 paths and shapes, errors as the one error body.

const SKU = "SPENC-FC-0269-060-00000";
const OTHER_SKU = "SPENC-HC-0100-080-00001";

let a: Account;
let b: Account;
let viewer: Account;
let configurationId: string;

test.beforeAll(async () => {
  a = await signUp("Orders Co");
  b = await signUp("Other Orders Co");
  viewer = await addMember(a, "viewer");
  const res = await a.client.post("/api/configurations", {
    data: { name: "Order source", fluid: { viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72 }, targets: { flowMlMin: 400 } },
  });
  expect(res.status(), await res.text()).toBe(201);
  configurationId = (await res.json()).id;
});

async function draft(items = [{ sku: SKU, qty: 10 }]) {
  const res = await a.client.post("/api/procurements", { data: { configurationId, items } });
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}

test("a draft is created, read, listed, edited and cancelled", async () => {
  const created = await draft();
  expect(created).toMatchObject({ status: "draft", orderType: "sample", lines: [{ sku: SKU, qty: 10 }], access: { edit: true } });
  const got = await (await a.client.get(`/api/procurements/${created.id}`)).json();
  expect(got.timeline).toEqual([expect.objectContaining({ toStatus: "draft", actor: { id: a.userId, name: expect.any(String) } })]);

  const put = await a.client.put(`/api/procurements/${created.id}`, {
    data: {
      version: created.version,
      orderType: "pilot",
      items: [
        { sku: SKU, qty: 4 },
        { sku: OTHER_SKU.toLowerCase(), qty: 2 },
      ],
    },
  });
  expect(put.status(), await put.text()).toBe(200);
  expect(await put.json()).toMatchObject({
    orderType: "pilot",
    lines: [
      { sku: SKU, qty: 4 },
      { sku: OTHER_SKU, qty: 2 },
    ],
  });

  const list = await (await a.client.get(`/api/procurements?q=${OTHER_SKU}`)).json();
  expect(list.items.map((p: { id: string }) => p.id)).toEqual([created.id]);

  expect((await a.client.delete(`/api/procurements/${created.id}`)).status()).toBe(204);
  await expectError(await a.client.delete(`/api/procurements/${created.id}`), 409, "conflict");
  expect((await (await a.client.get("/api/procurements?status=cancelled")).json()).items.map((p: { id: string }) => p.id)).toContain(
    created.id,
  );
});

test("compare answers in the spec's shape with both suppliers' quotes", async () => {
  const res = await a.client.post("/api/procurements/compare", { data: { items: [{ sku: SKU, qty: 10 }] } });
  expect(res.status(), await res.text()).toBe(200);
  const body = await res.json();
  expect(body.suppliers).toHaveLength(2);
  for (const supplier of body.suppliers) {
    expect(supplier).toMatchObject({
      name: expect.stringMatching(/^(Spencer|Coster)$/),
      status: "quoted",
      total: expect.stringMatching(/^\d+\.\d{2}$/),
    });
    expect(supplier.delivery).toEqual(expect.any(String));
    expect(supplier.lines).toEqual([expect.objectContaining({ sku: SKU, quantity: 10, availability: expect.any(String) })]);
  }
  expect(body).toMatchObject({ discountPct: 5, procurementId: null, expiresAt: expect.any(String) });
});

test("compare on an order stores the quotes; the chosen supplier prices the lines", async () => {
  const created = await draft([{ sku: SKU, qty: 30 }]);
  const compared = await (await a.client.post("/api/procurements/compare", { data: { procurementId: created.id } })).json();
  expect(compared.procurementId).toBe(created.id);
  const spencer = compared.suppliers.find((s: { supplier: string }) => s.supplier === "spencer");
  const chosen = await a.client.put(`/api/procurements/${created.id}`, {
    data: { version: compared.version, selectedSupplier: "spencer" },
  });
  expect(chosen.status(), await chosen.text()).toBe(200);
  expect(await chosen.json()).toMatchObject({ selectedSupplier: "spencer", totalCents: spencer.totalCents, quotes: { expired: false } });
});

test("bad input is a 4xx naming the field; a stale version is a 409", async () => {
  await expectError(await a.client.post("/api/procurements", { data: { configurationId, items: [] } }), 422, "validation_failed");
  await expectError(
    await a.client.post("/api/procurements", {
      data: {
        configurationId,
        items: [
          { sku: SKU, qty: 1 },
          { sku: SKU, qty: 2 },
        ],
      },
    }),
    422,
    "validation_failed",
  );
  const unknown = await a.client.post("/api/procurements", { data: { configurationId, items: [{ sku: "NOT-A-SKU", qty: 1 }] } });
  await expectError(unknown, 422, "validation_failed");
  const created = await draft();
  await expectError(
    await a.client.put(`/api/procurements/${created.id}`, { data: { version: 1, items: [{ sku: SKU, qty: 0 }] } }),
    422,
    "validation_failed",
  );
  await expectError(await a.client.put(`/api/procurements/${created.id}`, { data: { version: 99, orderType: "pilot" } }), 409, "conflict");
  await expectError(await a.client.get("/api/procurements?cursor=%%%"), 422, "validation_failed");
  await expectError(await a.client.get("/api/procurements/not-an-id"), 404, "not_found");
});

test("viewers read only; another organization's order is a 404 for every method", async () => {
  const created = await draft();
  expect((await viewer.client.get(`/api/procurements/${created.id}`)).status()).toBe(200);
  await expectError(
    await viewer.client.post("/api/procurements", { data: { configurationId, items: [{ sku: SKU, qty: 1 }] } }),
    403,
    "forbidden",
  );
  await expectError(await viewer.client.delete(`/api/procurements/${created.id}`), 403, "forbidden");
  await expectError(await b.client.get(`/api/procurements/${created.id}`), 404, "not_found");
  await expectError(await b.client.put(`/api/procurements/${created.id}`, { data: { version: 1, orderType: "pilot" } }), 404, "not_found");
  await expectError(await b.client.delete(`/api/procurements/${created.id}`), 404, "not_found");
  await expectError(await b.client.post("/api/procurements/compare", { data: { procurementId: created.id } }), 404, "not_found");
  await expectError(await b.client.post(`/api/procurements/${created.id}/checkout`), 404, "not_found");
  await expectError(await b.client.get(`/api/procurements/${created.id}/payment-status`), 404, "not_found");
  await expectError(await b.client.post(`/api/procurements/${created.id}/receipt`, { data: { code: "00000-00000" } }), 404, "not_found");
  await expectError(await b.client.post(`/api/procurements/${created.id}/approval`, { data: {} }), 404, "not_found");
  await expectError(await b.client.post(`/api/procurements/${created.id}/decision`, { data: { decision: "approve" } }), 404, "not_found");
  expect((await (await b.client.get("/api/procurements")).json()).items).toEqual([]);
});
