import { CircuitState } from "cockatiel";
import { beforeEach, describe, expect, it } from "vitest";
import { generateCatalog } from "@/lib/prediction/catalog-generator";
import type { Supplier } from "@/lib/prediction/schemas";
import type { Fault } from "@/scripts/supplier-simulator";
import { setupSupplierSimulator } from "@/scripts/vitest/suppliers";
import { createSupplierClient, type SupplierClient } from "./client";
import { SupplierError, type SupplierErrorKind } from "./errors";
import type { ResilienceOptions } from "./resilience";

const harness = setupSupplierSimulator(generateCatalog(200, 2026));
const SKU = "TEST-SKU-1";
const SHIP_TO = { name: "Lab receiving", line1: "1 Test Street", city: "Leeds", postalCode: "LS1 1AA", country: "GB" };
const FAST: Partial<ResilienceOptions> = {
  attemptTimeoutMs: 300,
  callTimeoutMs: 1500,
  retries: 2,
  backoffInitialMs: 10,
  backoffMaxMs: 40,
  breakerThreshold: 3,
  halfOpenAfterMs: 200,
};

function clientFor(supplier: Supplier, options: Partial<ResilienceOptions> = FAST): SupplierClient {
  const baseUrl = supplier === "spencer" ? process.env.SPENCER_API_URL! : process.env.COSTER_API_URL!;
  const apiKey = supplier === "spencer" ? process.env.SPENCER_API_KEY! : process.env.COSTER_API_KEY!;
  return createSupplierClient({ supplier, baseUrl, apiKey }, options);
}

async function failure(promise: Promise<unknown>): Promise<SupplierError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SupplierError);
  return error as SupplierError;
}

describe.each(["spencer", "coster"] as const)("%s adapter against the simulator", (supplier) => {
  let client: SupplierClient;
  beforeEach(() => {
    client = clientFor(supplier);
    harness.simulator.setOffer(supplier, { sku: SKU, listPriceCents: 1000, stock: 100, leadDays: 5 });
  });
  const requests = () => harness.simulator.requests(supplier).length;

  const breaks =
    supplier === "spencer"
      ? [
          [1, 1000],
          [9, 1000],
          [10, 950],
          [50, 900],
          [250, 850],
        ]
      : [
          [1, 1000],
          [24, 1000],
          [25, 920],
          [100, 880],
          [500, 820],
        ];
  it.each(breaks)("a quote for %i units prices each at %i cents after quantity breaks", async (quantity, unit) => {
    const quote = await client.quote([{ sku: SKU, quantity }]);
    expect(quote.supplier).toBe(supplier);
    expect(quote.currency).toBe("USD");
    expect(quote.lines[0]).toMatchObject({
      sku: SKU,
      quantity,
      listUnitPriceCents: 1000,
      unitPriceCents: unit,
      lineTotalCents: unit * quantity,
    });
    expect(quote.subtotalCents).toBe(unit * quantity);
    expect(quote.totalCents).toBe(quote.subtotalCents + quote.taxCents + quote.shippingCents);
    expect(quote.validUntil.getTime()).toBeGreaterThan(Date.now());
  });

  it("a SKU the supplier does not carry is an unavailable line, the others still priced", async () => {
    const quote = await client.quote([
      { sku: SKU, quantity: 2 },
      { sku: "NOT-CARRIED", quantity: 1 },
    ]);
    expect(quote.lines[1]).toMatchObject({ availability: "unavailable", unitPriceCents: null, lineTotalCents: 0 });
    expect(quote.availability).toBe("unavailable");
    expect(quote.subtotalCents).toBe(2000);
  });

  it("an order takes units from stock; more than is left is a backorder with a longer lead time", async () => {
    await client.placeOrder({ items: [{ sku: SKU, quantity: 30 }], shipTo: SHIP_TO, idempotencyKey: `stock-${supplier}` });
    expect(harness.simulator.offer(supplier, SKU)?.stock).toBe(70);
    const quote = await client.quote([{ sku: SKU, quantity: 80 }]);
    expect(quote.lines[0]).toMatchObject({ availability: "backorder", stock: 70, leadTimeDays: 5 + 14 });
    expect((await client.quote([{ sku: SKU, quantity: 70 }])).lines[0]).toMatchObject({ availability: "in_stock", leadTimeDays: 5 });
  });

  it("placing an order twice with one idempotency key makes one order", async () => {
    const input = { items: [{ sku: SKU, quantity: 3 }], shipTo: SHIP_TO, idempotencyKey: "same-key" };
    const first = await client.placeOrder(input);
    const second = await client.placeOrder(input);
    expect(second.orderId).toBe(first.orderId);
    expect(first).toMatchObject({ supplier, status: "received", totalCents: expect.any(Number), trackingNumber: null });
    expect(harness.simulator.orders(supplier)).toHaveLength(1);
    expect(harness.simulator.offer(supplier, SKU)?.stock).toBe(97);
  });

  it("an order whose answer came too late is retried with its key and still makes one order", async () => {
    await harness.simulator.setFault(supplier, { kind: "slow", delayMs: 600, count: 1 });
    const order = await client.placeOrder({ items: [{ sku: SKU, quantity: 1 }], shipTo: SHIP_TO, idempotencyKey: "late-answer" });
    expect(requests()).toBe(2);
    expect(harness.simulator.orders(supplier).map((o) => o.id)).toEqual([order.orderId]);
  });

  it("a slow supplier within the timeout answers normally", async () => {
    await harness.simulator.setFault(supplier, { kind: "slow", delayMs: 100 });
    expect((await client.quote([{ sku: SKU, quantity: 1 }])).lines).toHaveLength(1);
  });

  const faults: Array<[string, SupplierErrorKind, number, Fault]> = [
    ["a 500", "unavailable", 3, { kind: "server_error" }],
    ["a refused connection", "unavailable", 0, { kind: "refused" }],
    ["a 429", "rate_limited", 1, { kind: "rate_limited", retryAfterSeconds: 2 }],
    ["malformed JSON", "bad_response", 1, { kind: "malformed" }],
    ["an answer of the wrong shape", "bad_response", 1, { kind: "wrong_schema" }],
    ["a hung supplier", "timeout", 3, { kind: "hung" }],
  ];
  it.each(faults)("%s is a typed %s error after %i requests reached the supplier", async (_name, kind, attempts, fault) => {
    await harness.simulator.setFault(supplier, fault);
    const error = await failure(client.quote([{ sku: SKU, quantity: 1 }]));
    expect(error).toMatchObject({ supplier, kind });
    expect(requests()).toBe(attempts);
    if (kind === "rate_limited") expect(error.retryAfterMs).toBe(2000);
  });

  it("a hung supplier is bounded by the call deadline, retries included", async () => {
    await harness.simulator.setFault(supplier, { kind: "hung" });
    const slowClient = clientFor(supplier, { ...FAST, attemptTimeoutMs: 1000, callTimeoutMs: 400 });
    const started = Date.now();
    expect((await failure(slowClient.getOrder("any"))).kind).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(400 + 250);
  });

  it("a wrong API key is rejected, not retried and not counted against the supplier", async () => {
    const baseUrl = supplier === "spencer" ? process.env.SPENCER_API_URL! : process.env.COSTER_API_URL!;
    const wrong = createSupplierClient({ supplier, baseUrl, apiKey: "wrong" }, FAST);
    for (let i = 0; i < 4; i++)
      expect(await failure(wrong.quote([{ sku: SKU, quantity: 1 }]))).toMatchObject({ kind: "rejected", status: 401 });
    expect(wrong.breaker.state).toBe(CircuitState.Closed);
  });

  it("a cancellation is sent once, never retried", async () => {
    await harness.simulator.setFault(supplier, { kind: "server_error" });
    expect((await failure(client.cancelOrder("any"))).kind).toBe("unavailable");
    expect(requests()).toBe(1);
  });

  it("the breaker opens after repeated failures, fails fast, and half-opens to close again", async () => {
    await harness.simulator.setFault(supplier, { kind: "server_error" });
    await failure(client.quote([{ sku: SKU, quantity: 1 }]));
    expect(client.breaker.state).toBe(CircuitState.Open);
    const seen = requests();
    const fast = await failure(client.quote([{ sku: SKU, quantity: 1 }]));
    expect(fast.message).toMatch(/circuit open/);
    expect(requests()).toBe(seen);
    await harness.simulator.clearFault(supplier);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect((await client.quote([{ sku: SKU, quantity: 1 }])).lines).toHaveLength(1);
    expect(client.breaker.state).toBe(CircuitState.Closed);
  });

  it("a half-open trial that fails opens the circuit again", async () => {
    await harness.simulator.setFault(supplier, { kind: "server_error" });
    await failure(client.quote([{ sku: SKU, quantity: 1 }]));
    await new Promise((resolve) => setTimeout(resolve, 250));
    await failure(client.quote([{ sku: SKU, quantity: 1 }]));
    expect(client.breaker.state).toBe(CircuitState.Open);
  });

  it("orders move confirmed → shipped (tracking) → delivered, each with a verified callback", async () => {
    const placed = await client.placeOrder({ items: [{ sku: SKU, quantity: 2 }], shipTo: SHIP_TO, idempotencyKey: "lifecycle" });
    harness.simulator.advanceOrder(supplier, placed.orderId, "shipped");
    const shipped = await client.getOrder(placed.orderId);
    expect(shipped).toMatchObject({ status: "shipped", trackingNumber: expect.any(String), carrier: expect.any(String) });
    expect((await failure(client.cancelOrder(placed.orderId))).status).toBe(409);
    harness.simulator.advanceOrder(supplier, placed.orderId, "delivered");
    await harness.simulator.idle();
    expect(harness.refused).toEqual([]);
    expect(harness.received.map((event) => [event.supplier, event.order.orderId, event.order.status])).toEqual([
      [supplier, placed.orderId, "confirmed"],
      [supplier, placed.orderId, "shipped"],
      [supplier, placed.orderId, "delivered"],
    ]);
    expect(harness.received[1]?.order.trackingNumber).toBe(shipped.trackingNumber);
    expect(new Set(harness.received.map((event) => event.eventId)).size).toBe(3);
  });

  it("a cancelled order puts its units back; a rejected one says why", async () => {
    const first = await client.placeOrder({ items: [{ sku: SKU, quantity: 10 }], shipTo: SHIP_TO, idempotencyKey: "cancel-me" });
    expect((await client.cancelOrder(first.orderId)).status).toBe("cancelled");
    expect(harness.simulator.offer(supplier, SKU)?.stock).toBe(100);
    const second = await client.placeOrder({ items: [{ sku: SKU, quantity: 1 }], shipTo: SHIP_TO, idempotencyKey: "reject-me" });
    harness.simulator.advanceOrder(supplier, second.orderId, "rejected", "Discontinued");
    expect(await client.getOrder(second.orderId)).toMatchObject({ status: "rejected", rejectionReason: "Discontinued" });
  });

  it("an unknown order is rejected with 404", async () => {
    expect(await failure(client.getOrder("no-such-order"))).toMatchObject({ kind: "rejected", status: 404 });
  });
});
