import { z } from "zod";
import type { PlaceOrderInput, SupplierAdapter } from "./adapter";
import { parseWire, worstAvailability } from "./adapter";
import { requestSupplierJson, type SupplierConnection } from "./http";
import type { SupplierCallbackEvent, SupplierItem, SupplierOrder, SupplierOrderStatus } from "./schemas";
import { supplierOrderSchema, supplierPricePageSchema, supplierQuoteSchema } from "./schemas";

// Coster's API (spec §5.1, /v2): amounts in integer cents, upper-case states, cursor-paged
// inventory, the idempotency key as the order's client_reference.
const PAGE_SIZE = 1000;

const cents = z.number().int().nonnegative();
const isoDate = z.iso.datetime({ offset: true }).transform((value) => new Date(value));
const LINE_STATUS = { IN_STOCK: "in_stock", BACKORDER: "backorder", NOT_STOCKED: "unavailable" } as const;
const STATE: Record<string, SupplierOrderStatus> = {
  ACCEPTED: "received",
  CONFIRMED: "confirmed",
  DISPATCHED: "shipped",
  DELIVERED: "delivered",
  CANCELLED: "cancelled",
  REJECTED: "rejected",
};

const totalsWire = z.object({ net_cents: cents, tax_cents: cents, freight_cents: cents, gross_cents: cents });

const quoteWire = z.object({
  quote: z.object({
    ref: z.string().min(1),
    currency: z.string(),
    expires_at: isoDate,
    lines: z.array(
      z.object({
        code: z.string(),
        qty: z.number().int().positive(),
        status: z.enum(["IN_STOCK", "BACKORDER", "NOT_STOCKED"]),
        list_cents: cents.nullable(),
        unit_cents: cents.nullable(),
        extended_cents: cents,
        on_hand: cents.nullable(),
        ships_in_days: cents.nullable(),
      }),
    ),
    totals: totalsWire,
    ships_in_days: cents.nullable(),
  }),
});

const orderWire = z.object({
  id: z.string().min(1),
  state: z.enum(["ACCEPTED", "CONFIRMED", "DISPATCHED", "DELIVERED", "CANCELLED", "REJECTED"]),
  currency: z.string(),
  line_items: z.array(z.object({ code: z.string(), qty: z.number().int().positive(), unit_cents: cents })),
  totals: totalsWire,
  promised_date: z.iso.date().nullable(),
  shipment: z.object({ carrier: z.string(), tracking_ref: z.string(), eta: z.iso.date() }).nullable(),
  reason: z.string().nullable(),
  created_at: isoDate,
  updated_at: isoDate,
});
const orderEnvelope = z.object({ order: orderWire });

const inventoryWire = z.object({
  data: z.array(z.object({ code: z.string(), currency: z.string(), unit_cents: cents, on_hand: cents, lead_days: cents })),
  next_cursor: z.string().min(1).nullable(),
});

const callbackWire = z.object({
  id: z.string().min(1),
  event: z.literal("ORDER_STATE_CHANGED"),
  occurred_at: isoDate,
  order: orderWire,
});

function toOrder(wire: z.output<typeof orderWire>): SupplierOrder {
  return parseWire("coster", supplierOrderSchema, {
    supplier: "coster",
    orderId: wire.id,
    status: STATE[wire.state],
    currency: wire.currency,
    lines: wire.line_items.map((line) => ({ sku: line.code, quantity: line.qty, unitPriceCents: line.unit_cents })),
    totalCents: wire.totals.gross_cents,
    carrier: wire.shipment?.carrier ?? null,
    trackingNumber: wire.shipment?.tracking_ref ?? null,
    expectedDeliveryDate: wire.shipment?.eta ?? wire.promised_date,
    rejectionReason: wire.reason,
    placedAt: wire.created_at,
    updatedAt: wire.updated_at,
  });
}

const wireLines = (items: SupplierItem[]) => items.map((item) => ({ code: item.sku, qty: item.quantity }));

export function createCosterAdapter(connection: SupplierConnection): SupplierAdapter {
  const call = (request: Parameters<typeof requestSupplierJson>[1]) => requestSupplierJson(connection, request);
  const order = async (method: "GET" | "DELETE", orderId: string, signal: AbortSignal) =>
    toOrder(parseWire("coster", orderEnvelope, await call({ method, path: `/v2/orders/${encodeURIComponent(orderId)}`, signal })).order);
  return {
    supplier: "coster",
    async quote(items, signal) {
      const answer = await call({ method: "POST", path: "/v2/quote", body: { line_items: wireLines(items) }, signal });
      const { quote } = parseWire("coster", quoteWire, answer);
      const lines = quote.lines.map((line) => ({
        sku: line.code,
        quantity: line.qty,
        listUnitPriceCents: line.list_cents,
        unitPriceCents: line.unit_cents,
        lineTotalCents: line.extended_cents,
        availability: LINE_STATUS[line.status],
        stock: line.on_hand,
        leadTimeDays: line.ships_in_days,
      }));
      return parseWire("coster", supplierQuoteSchema, {
        supplier: "coster",
        quoteId: quote.ref,
        currency: quote.currency,
        lines,
        subtotalCents: quote.totals.net_cents,
        taxCents: quote.totals.tax_cents,
        shippingCents: quote.totals.freight_cents,
        totalCents: quote.totals.gross_cents,
        leadTimeDays: quote.ships_in_days,
        availability: worstAvailability(lines.map((line) => line.availability)),
        validUntil: quote.expires_at,
      });
    },
    async placeOrder({ items, shipTo, idempotencyKey }: PlaceOrderInput, signal) {
      const body = {
        client_reference: idempotencyKey,
        line_items: wireLines(items),
        deliver_to: {
          contact: shipTo.name,
          company: shipTo.company ?? null,
          street: [shipTo.line1, ...(shipTo.line2 ? [shipTo.line2] : [])],
          town: shipTo.city,
          region: shipTo.region ?? null,
          postcode: shipTo.postalCode,
          country_code: shipTo.country,
        },
      };
      const answer = await call({ method: "POST", path: "/v2/orders", body, signal });
      return toOrder(parseWire("coster", orderEnvelope, answer).order);
    },
    getOrder: (orderId, signal) => order("GET", orderId, signal),
    cancelOrder: (orderId, signal) => order("DELETE", orderId, signal),
    async listPrices(cursor, signal) {
      const query = new URLSearchParams({ limit: String(PAGE_SIZE), ...(cursor === null ? {} : { cursor }) });
      const wire = parseWire("coster", inventoryWire, await call({ method: "GET", path: `/v2/inventory?${query}`, signal }));
      return parseWire("coster", supplierPricePageSchema, {
        supplier: "coster",
        items: wire.data.map((row) => ({
          sku: row.code,
          currency: row.currency,
          unitPriceCents: row.unit_cents,
          stock: row.on_hand,
          leadTimeDays: row.lead_days,
        })),
        next: wire.next_cursor,
      });
    },
  };
}

/** A Coster status callback body (signature already checked) as the shared event type. */
export function parseCosterCallback(value: unknown): SupplierCallbackEvent {
  const wire = parseWire("coster", callbackWire, value);
  return { supplier: "coster", eventId: wire.id, occurredAt: wire.occurred_at, order: toOrder(wire.order) };
}
