import { describe, expect, it } from "vitest";
import { signCosterCallback, signSpencerCallback } from "@/scripts/supplier-simulator/callbacks";
import { SupplierCallbackError, verifySupplierCallback } from "./callbacks";

const order = {
  spencer: {
    order_id: "SP-000001",
    status: "shipped",
    currency: "USD",
    items: [{ sku: "SPENC-HC-1", quantity: 2, unit_price: 12.5 }],
    subtotal: 25,
    tax: 2.06,
    shipping: 12,
    total: 39.06,
    carrier: "UPS",
    tracking_number: "1ZABC",
    estimated_delivery: "2026-03-04",
    rejection_reason: null,
    created_at: "2026-03-01T10:00:00.000Z",
    updated_at: "2026-03-02T10:00:00.000Z",
  },
  coster: {
    id: "CO-000001",
    client_reference: "key",
    state: "DISPATCHED",
    currency: "USD",
    line_items: [{ code: "COST-FC-1", qty: 2, unit_cents: 1250 }],
    totals: { net_cents: 2500, tax_cents: 175, freight_cents: 800, gross_cents: 3475 },
    promised_date: "2026-03-06",
    shipment: { carrier: "DHL", tracking_ref: "CST0001", eta: "2026-03-04" },
    reason: null,
    created_at: "2026-03-01T10:00:00.000Z",
    updated_at: "2026-03-02T10:00:00.000Z",
  },
};
const BODY = {
  spencer: JSON.stringify({ event_id: "evt_1", type: "order.status_changed", created: 1772445600, data: { order: order.spencer } }),
  coster: JSON.stringify({ id: "ntf_1", event: "ORDER_STATE_CHANGED", occurred_at: "2026-03-02T10:00:00.000Z", order: order.coster }),
};
const SIGN = { spencer: signSpencerCallback, coster: signCosterCallback };
const SECRET = { spencer: process.env.SPENCER_CALLBACK_SECRET!, coster: process.env.COSTER_CALLBACK_SECRET! };

function reason(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof SupplierCallbackError) return error.reason;
    throw error;
  }
  return "accepted";
}

describe.each(["spencer", "coster"] as const)("%s status callbacks", (supplier) => {
  const now = Math.floor(Date.now() / 1000);
  const headers = (body = BODY[supplier], secret = SECRET[supplier], at = now) => new Headers(SIGN[supplier](body, secret, at));

  it("a callback signed with the supplier's secret gives its event, mapped to the shared order type", () => {
    const event = verifySupplierCallback(supplier, BODY[supplier], headers());
    expect(event).toMatchObject({
      supplier,
      order: { status: "shipped", carrier: expect.any(String), trackingNumber: expect.any(String) },
    });
    expect(event.order.totalCents).toBe(supplier === "spencer" ? 3906 : 3475);
    expect(event.eventId).toBe(supplier === "spencer" ? "evt_1" : "ntf_1");
  });

  it.each([
    ["signed with another secret", () => headers(BODY[supplier], "not-the-secret"), BODY[supplier], "bad_signature"],
    ["a body changed after signing", () => headers(), BODY[supplier].replace("2", "3"), "bad_signature"],
    ["older than five minutes", () => headers(BODY[supplier], SECRET[supplier], now - 301), BODY[supplier], "stale"],
    ["from the future", () => headers(BODY[supplier], SECRET[supplier], now + 600), BODY[supplier], "stale"],
    ["unsigned", () => new Headers(), BODY[supplier], "missing_signature"],
    ["signed but not a callback", () => headers("{}"), "{}", "malformed"],
    ["signed but not JSON", () => headers("{oops"), "{oops", "malformed"],
  ])("a callback %s is refused", (_name, makeHeaders, body, expected) => {
    expect(reason(() => verifySupplierCallback(supplier, body, makeHeaders()))).toBe(expected);
  });

  it("without a configured secret every callback is refused", () => {
    expect(reason(() => verifySupplierCallback(supplier, BODY[supplier], headers(), { secret: "" }))).toBe("not_configured");
  });

  it("node:http header objects are read too (lower-case names)", () => {
    const plain = Object.fromEntries([...headers().entries()]);
    expect(verifySupplierCallback(supplier, BODY[supplier], plain).supplier).toBe(supplier);
  });
});
