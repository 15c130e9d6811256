import { afterAll, beforeAll, expect, it } from "vitest";
import { type SupplierSimulator, startSupplierSimulator } from "./index";

let simulator: SupplierSimulator;
beforeAll(async () => {
  simulator = await startSupplierSimulator({ catalog: [{ sku: "SIM-1", supplier: "spencer" }] });
});
afterAll(() => simulator.close());

const control = (method: string, path: string, body?: unknown) =>
  fetch(`${simulator.urls.control}/_simulator/${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
const spencer = (path: string, init: RequestInit = {}) =>
  fetch(`${simulator.urls.spencer}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${simulator.apiKeys.spencer}`, "Content-Type": "application/json", ...init.headers },
  });
const ORDER = { items: [{ sku: "SIM-1", quantity: 1 }], ship_to: { name: "A", line1: "B", city: "C", postal_code: "D", country: "GB" } };

it("faults are switched on and off per supplier over the control API", async () => {
  expect((await control("PUT", "spencer/fault", { kind: "rate_limited", retryAfterSeconds: 7 })).status).toBe(200);
  const limited = await spencer("/quotes", { method: "POST", body: JSON.stringify({ items: [{ sku: "SIM-1", quantity: 1 }] }) });
  expect(limited.status).toBe(429);
  expect(limited.headers.get("retry-after")).toBe("7");
  await control("DELETE", "spencer/fault");
  expect((await spencer("/quotes", { method: "POST", body: JSON.stringify({ items: [{ sku: "SIM-1", quantity: 1 }] }) })).status).toBe(200);
  expect((await control("GET", "spencer/requests").then((r) => r.json())) as unknown[]).toHaveLength(2);
});

it("a misused control is a 4xx with a message", async () => {
  expect((await control("PUT", "spencer/fault", { kind: "sometimes" })).status).toBe(400);
  expect((await control("POST", "spencer/orders/nope/advance", { to: "shipped" })).status).toBe(404);
  expect((await control("GET", "acme/orders")).status).toBe(404);
});

it("an order needs an Idempotency-Key, and a key reused for another order is a conflict", async () => {
  expect((await spencer("/orders", { method: "POST", body: JSON.stringify(ORDER) })).status).toBe(400);
  const headers = { "Idempotency-Key": "k1" };
  expect((await spencer("/orders", { method: "POST", body: JSON.stringify(ORDER), headers })).status).toBe(201);
  const replay = await spencer("/orders", { method: "POST", body: JSON.stringify(ORDER), headers });
  expect(replay.status).toBe(200);
  expect(replay.headers.get("idempotent-replayed")).toBe("true");
  const other = { ...ORDER, items: [{ sku: "SIM-1", quantity: 2 }] };
  expect((await spencer("/orders", { method: "POST", body: JSON.stringify(other), headers })).status).toBe(409);
});

it("reset forgets orders and faults and restores stock", async () => {
  await simulator.reset();
  const before = simulator.offer("spencer", "SIM-1");
  await spencer("/orders", { method: "POST", body: JSON.stringify(ORDER), headers: { "Idempotency-Key": "k2" } });
  await control("PUT", "spencer/fault", { kind: "refused" });
  expect((await control("POST", "reset")).status).toBe(200);
  expect(simulator.orders("spencer")).toEqual([]);
  expect(simulator.offer("spencer", "SIM-1")).toEqual(before);
  expect((await spencer("/catalog/prices")).status).toBe(200);
});
