import { z } from "zod";
import type { PlaceOrderInput, SupplierAdapter } from "./adapter";
import { parseWire } from "./adapter";
import { requestSupplierJson, type SupplierConnection } from "./http";
import {
  AVAILABILITIES,
  SUPPLIER_ORDER_STATUSES,
  type SupplierCallbackEvent,
  type SupplierItem,
  type SupplierOrder,
  supplierOrderSchema,
  supplierPricePageSchema,
  supplierQuoteSchema,
} from "./schemas";

// Spencer's API (spec §5.1): amounts in dollars as JSON numbers, snake_case, page-numbered
// price lists, the idempotency key in an Idempotency-Key header.
const PAGE_SIZE = 1000;

/** Dollars with at most two decimals, as whole cents (a third decimal is a bad answer). */
const dollars = z
  .number()
  .nonnegative()
  .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, "not a whole number of cents")
  .transform((value) => Math.round(value * 100));
const count = z.number().int().nonnegative();
const isoDate = z.iso.datetime({ offset: true }).transform((value) => new Date(value));

const quoteWire = z.object({
  quote_id: z.string().min(1),
  currency: z.string(),
  items: z.array(
    z.object({
      sku: z.string(),
      quantity: z.number().int().positive(),
      list_price: dollars.nullable(),
      unit_price: dollars.nullable(),
      line_total: dollars,
      availability: z.enum(AVAILABILITIES),
      in_stock: count.nullable(),
      lead_time_days: count.nullable(),
    }),
  ),
  subtotal: dollars,
  tax: dollars,
  shipping: dollars,
  total: dollars,
  lead_time_days: count.nullable(),
  availability: z.enum(AVAILABILITIES),
  valid_until: isoDate,
});

const orderWire = z.object({
  order_id: z.string().min(1),
  status: z.enum(SUPPLIER_ORDER_STATUSES),
  currency: z.string(),
  items: z.array(z.object({ sku: z.string(), quantity: z.number().int().positive(), unit_price: dollars })),
  total: dollars,
  carrier: z.string().nullable(),
  tracking_number: z.string().nullable(),
  estimated_delivery: z.iso.date().nullable(),
  rejection_reason: z.string().nullable(),
  created_at: isoDate,
  updated_at: isoDate,
});

const pricePageWire = z.object({
  page: z.number().int().positive(),
  total_pages: count,
  currency: z.string(),
  items: z.array(z.object({ sku: z.string(), unit_price: dollars, in_stock: count, lead_time_days: count })),
});

const callbackWire = z.object({
  event_id: z.string().min(1),
  type: z.literal("order.status_changed"),
  created: z.number().int().positive(),
  data: z.object({ order: orderWire }),
});

function toOrder(wire: z.output<typeof orderWire>): SupplierOrder {
  return parseWire("spencer", supplierOrderSchema, {
    supplier: "spencer",
    orderId: wire.order_id,
    status: wire.status,
    currency: wire.currency,
    lines: wire.items.map((item) => ({ sku: item.sku, quantity: item.quantity, unitPriceCents: item.unit_price })),
    totalCents: wire.total,
    carrier: wire.carrier,
    trackingNumber: wire.tracking_number,
    expectedDeliveryDate: wire.estimated_delivery,
    rejectionReason: wire.rejection_reason,
    placedAt: wire.created_at,
    updatedAt: wire.updated_at,
  });
}

const wireItems = (items: SupplierItem[]) => items.map((item) => ({ sku: item.sku, quantity: item.quantity }));

export function createSpencerAdapter(connection: SupplierConnection): SupplierAdapter {
  const call = (request: Parameters<typeof requestSupplierJson>[1]) => requestSupplierJson(connection, request);
  const order = async (path: string, signal: AbortSignal, method: "GET" | "POST" = "GET") =>
    toOrder(parseWire("spencer", orderWire, await call({ method, path, signal })));
  return {
    supplier: "spencer",
    async quote(items, signal) {
      const wire = parseWire(
        "spencer",
        quoteWire,
        await call({ method: "POST", path: "/quotes", body: { items: wireItems(items) }, signal }),
      );
      return parseWire("spencer", supplierQuoteSchema, {
        supplier: "spencer",
        quoteId: wire.quote_id,
        currency: wire.currency,
        lines: wire.items.map((item) => ({
          sku: item.sku,
          quantity: item.quantity,
          listUnitPriceCents: item.list_price,
          unitPriceCents: item.unit_price,
          lineTotalCents: item.line_total,
          availability: item.availability,
          stock: item.in_stock,
          leadTimeDays: item.lead_time_days,
        })),
        subtotalCents: wire.subtotal,
        taxCents: wire.tax,
        shippingCents: wire.shipping,
        totalCents: wire.total,
        leadTimeDays: wire.lead_time_days,
        availability: wire.availability,
        validUntil: wire.valid_until,
      });
    },
    async placeOrder({ items, shipTo, idempotencyKey }: PlaceOrderInput, signal) {
      const body = {
        items: wireItems(items),
        ship_to: {
          name: shipTo.name,
          company: shipTo.company ?? null,
          line1: shipTo.line1,
          line2: shipTo.line2 ?? null,
          city: shipTo.city,
          region: shipTo.region ?? null,
          postal_code: shipTo.postalCode,
          country: shipTo.country,
        },
      };
      const answer = await call({ method: "POST", path: "/orders", body, headers: { "Idempotency-Key": idempotencyKey }, signal });
      return toOrder(parseWire("spencer", orderWire, answer));
    },
    getOrder: (orderId, signal) => order(`/orders/${encodeURIComponent(orderId)}`, signal),
    cancelOrder: (orderId, signal) => order(`/orders/${encodeURIComponent(orderId)}/cancel`, signal, "POST"),
    async listPrices(cursor, signal) {
      const page = cursor === null ? 1 : Number(cursor);
      if (!Number.isInteger(page) || page < 1) throw new RangeError(`Not a Spencer price page: ${cursor}`);
      const answer = await call({ method: "GET", path: `/catalog/prices?page=${page}&per_page=${PAGE_SIZE}`, signal });
      const wire = parseWire("spencer", pricePageWire, answer);
      return parseWire("spencer", supplierPricePageSchema, {
        supplier: "spencer",
        items: wire.items.map((item) => ({
          sku: item.sku,
          currency: wire.currency,
          unitPriceCents: item.unit_price,
          stock: item.in_stock,
          leadTimeDays: item.lead_time_days,
        })),
        next: wire.page < wire.total_pages ? String(wire.page + 1) : null,
      });
    },
  };
}

/** A Spencer status callback body (signature already checked) as the shared event type. */
export function parseSpencerCallback(value: unknown): SupplierCallbackEvent {
  const wire = parseWire("spencer", callbackWire, value);
  return { supplier: "spencer", eventId: wire.event_id, occurredAt: new Date(wire.created * 1000), order: toOrder(wire.data.order) };
}
