import { randomUUID } from "node:crypto";
import { z } from "zod";
import { answer, parseRequest, pathParts, quantity, type SupplierApi, type SupplierReply } from "./api";
import type { SimulatedOrder } from "./types";

// Spencer (spec §5.1): dollars as JSON numbers, snake_case, page-numbered price lists,
// `Idempotency-Key` header on order placement, errors as { error: { code, message } }.
const MAX_PAGE_SIZE = 1000;
const QUOTE_VALID_MS = 15 * 60_000;

const dollars = (cents: number) => cents / 100;
const itemsSchema = z
  .array(z.object({ sku: z.string().min(1).max(64), quantity }))
  .min(1)
  .max(200);
const orderSchema = z.object({
  items: itemsSchema,
  ship_to: z
    .object({
      name: z.string().min(1),
      line1: z.string().min(1),
      city: z.string().min(1),
      postal_code: z.string().min(1),
      country: z.string().length(2),
    })
    .passthrough(),
});

function spencerOrder(order: SimulatedOrder) {
  return {
    order_id: order.id,
    status: order.status,
    currency: "USD",
    items: order.lines.map((line) => ({ sku: line.sku, quantity: line.quantity, unit_price: dollars(line.unitPriceCents) })),
    subtotal: dollars(order.subtotalCents),
    tax: dollars(order.taxCents),
    shipping: dollars(order.shippingCents),
    total: dollars(order.totalCents),
    carrier: order.carrier,
    tracking_number: order.trackingNumber,
    estimated_delivery: order.expectedDelivery,
    rejection_reason: order.rejectionReason,
    created_at: order.createdAt.toISOString(),
    updated_at: order.updatedAt.toISOString(),
  };
}

export function spencerCallbackBody(order: SimulatedOrder, eventId: string): string {
  return JSON.stringify({
    event_id: eventId,
    type: "order.status_changed",
    created: Math.floor(Date.now() / 1000),
    data: { order: spencerOrder(order) },
  });
}

const error = (status: number, code: string, message: string): SupplierReply => ({ status, body: { error: { code, message } } });

export const spencerApi: SupplierApi = {
  supplier: "spencer",
  error,
  handle: (state, { method, url, body, headers }) =>
    answer({ error }, () => {
      const parts = pathParts(url);
      const route = `${method} /${parts.map((part, index) => (parts[0] === "orders" && index === 1 ? ":id" : part)).join("/")}`;
      switch (route) {
        case "POST /quotes": {
          const { items } = parseRequest(z.object({ items: itemsSchema }), body);
          const quote = state.quote("spencer", items);
          return {
            status: 200,
            body: {
              quote_id: `SQ-${randomUUID()}`,
              supplier: "spencer",
              currency: "USD",
              items: quote.lines.map((line) => ({
                sku: line.sku,
                quantity: line.quantity,
                list_price: line.listPriceCents === null ? null : dollars(line.listPriceCents),
                unit_price: line.unitPriceCents === null ? null : dollars(line.unitPriceCents),
                line_total: dollars(line.lineTotalCents),
                availability: line.availability,
                in_stock: line.stock,
                lead_time_days: line.leadDays,
              })),
              subtotal: dollars(quote.subtotalCents),
              tax: dollars(quote.taxCents),
              shipping: dollars(quote.shippingCents),
              total: dollars(quote.totalCents),
              lead_time_days: quote.leadDays,
              availability: quote.availability,
              valid_until: new Date(Date.now() + QUOTE_VALID_MS).toISOString(),
            },
          };
        }
        case "POST /orders": {
          const key = headers["idempotency-key"];
          if (typeof key !== "string" || !key.trim()) return error(400, "idempotency_key_required", "Send an Idempotency-Key header");
          const input = parseRequest(orderSchema, body);
          const { order, replayed } = state.placeOrder("spencer", key, input.items, input.ship_to);
          return { status: replayed ? 200 : 201, body: spencerOrder(order), headers: replayed ? { "Idempotent-Replayed": "true" } : {} };
        }
        case "GET /orders/:id":
          return { status: 200, body: spencerOrder(state.getOrder("spencer", parts[1]!)) };
        case "POST /orders/:id/cancel":
          return { status: 200, body: spencerOrder(state.cancelOrder("spencer", parts[1]!)) };
        case "GET /catalog/prices": {
          const page = Number(url.searchParams.get("page") ?? 1);
          const perPage = Number(url.searchParams.get("per_page") ?? MAX_PAGE_SIZE);
          if (!Number.isInteger(page) || page < 1 || !Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PAGE_SIZE) {
            return error(400, "invalid_page", `page ≥ 1, per_page 1–${MAX_PAGE_SIZE}`);
          }
          const offers = [...state.ledger("spencer").offers.values()];
          return {
            status: 200,
            body: {
              page,
              per_page: perPage,
              total_pages: Math.ceil(offers.length / perPage),
              total_items: offers.length,
              currency: "USD",
              items: offers.slice((page - 1) * perPage, page * perPage).map((offer) => ({
                sku: offer.sku,
                unit_price: dollars(offer.listPriceCents),
                in_stock: offer.stock,
                lead_time_days: offer.leadDays,
              })),
            },
          };
        }
        default:
          return error(404, "not_found", `No route ${method} ${url.pathname}`);
      }
    }),
};
