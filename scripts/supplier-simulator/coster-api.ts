import { randomUUID } from "node:crypto";
import { z } from "zod";
import { answer, parseRequest, pathParts, quantity, type SupplierApi, type SupplierReply } from "./api";
import type { OrderStatus, SimulatedOrder } from "./types";

// Coster (spec §5.1, /v2): integer cents, upper-case states, cursor-paged inventory, the
// idempotency key sent as the order's `client_reference`, errors as { errors: [{ code, detail }] }.
const MAX_PAGE_SIZE = 1000;
const QUOTE_VALID_MS = 30 * 60_000;
const STATE: Record<OrderStatus, string> = {
  received: "ACCEPTED",
  confirmed: "CONFIRMED",
  shipped: "DISPATCHED",
  delivered: "DELIVERED",
  cancelled: "CANCELLED",
  rejected: "REJECTED",
};
const LINE_STATUS = { in_stock: "IN_STOCK", backorder: "BACKORDER", unavailable: "NOT_STOCKED" } as const;

const linesSchema = z
  .array(z.object({ code: z.string().min(1).max(64), qty: quantity }))
  .min(1)
  .max(200);
const orderSchema = z.object({
  client_reference: z.string().trim().min(1).max(200),
  line_items: linesSchema,
  deliver_to: z
    .object({
      contact: z.string().min(1),
      street: z.array(z.string()).min(1),
      town: z.string().min(1),
      postcode: z.string().min(1),
      country_code: z.string().length(2),
    })
    .passthrough(),
});

const items = (lines: Array<{ code: string; qty: number }>) => lines.map((line) => ({ sku: line.code, quantity: line.qty }));

function costerOrder(order: SimulatedOrder) {
  return {
    id: order.id,
    client_reference: order.idempotencyKey,
    state: STATE[order.status],
    currency: "USD",
    line_items: order.lines.map((line) => ({ code: line.sku, qty: line.quantity, unit_cents: line.unitPriceCents })),
    totals: {
      net_cents: order.subtotalCents,
      tax_cents: order.taxCents,
      freight_cents: order.shippingCents,
      gross_cents: order.totalCents,
    },
    promised_date: order.expectedDelivery,
    shipment: order.trackingNumber ? { carrier: order.carrier, tracking_ref: order.trackingNumber, eta: order.expectedDelivery } : null,
    reason: order.rejectionReason,
    created_at: order.createdAt.toISOString(),
    updated_at: order.updatedAt.toISOString(),
  };
}

export function costerCallbackBody(order: SimulatedOrder, eventId: string): string {
  return JSON.stringify({ id: eventId, event: "ORDER_STATE_CHANGED", occurred_at: new Date().toISOString(), order: costerOrder(order) });
}

const error = (status: number, code: string, message: string): SupplierReply => ({
  status,
  body: { errors: [{ code: code.toUpperCase(), detail: message }] },
});

export const costerApi: SupplierApi = {
  supplier: "coster",
  error,
  handle: (state, { method, url, body }) =>
    answer({ error }, () => {
      const parts = pathParts(url);
      const route = `${method} /${parts.map((part, index) => (parts[1] === "orders" && index === 2 ? ":id" : part)).join("/")}`;
      switch (route) {
        case "POST /v2/quote": {
          const { line_items } = parseRequest(z.object({ line_items: linesSchema }), body);
          const quote = state.quote("coster", items(line_items));
          return {
            status: 200,
            body: {
              quote: {
                ref: `CQ-${randomUUID()}`,
                currency: "USD",
                expires_at: new Date(Date.now() + QUOTE_VALID_MS).toISOString(),
                lines: quote.lines.map((line) => ({
                  code: line.sku,
                  qty: line.quantity,
                  status: LINE_STATUS[line.availability],
                  list_cents: line.listPriceCents,
                  unit_cents: line.unitPriceCents,
                  extended_cents: line.lineTotalCents,
                  on_hand: line.stock,
                  ships_in_days: line.leadDays,
                })),
                totals: {
                  net_cents: quote.subtotalCents,
                  tax_cents: quote.taxCents,
                  freight_cents: quote.shippingCents,
                  gross_cents: quote.totalCents,
                },
                ships_in_days: quote.leadDays,
              },
            },
          };
        }
        case "POST /v2/orders": {
          const input = parseRequest(orderSchema, body);
          const { order, replayed } = state.placeOrder("coster", input.client_reference, items(input.line_items), input.deliver_to);
          return { status: replayed ? 200 : 201, body: { order: costerOrder(order) } };
        }
        case "GET /v2/orders/:id":
          return { status: 200, body: { order: costerOrder(state.getOrder("coster", parts[2]!)) } };
        case "DELETE /v2/orders/:id":
          return { status: 200, body: { order: costerOrder(state.cancelOrder("coster", parts[2]!)) } };
        case "GET /v2/inventory": {
          const limit = Number(url.searchParams.get("limit") ?? MAX_PAGE_SIZE);
          if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE)
            return error(400, "invalid_limit", `limit 1–${MAX_PAGE_SIZE}`);
          const cursor = url.searchParams.get("cursor");
          const after = cursor === null ? null : Buffer.from(cursor, "base64url").toString("utf8");
          if (cursor !== null && !after) return error(400, "invalid_cursor", "Unknown cursor");
          const offers = [...state.ledger("coster").offers.values()].filter((offer) => after === null || offer.sku > after);
          const page = offers.slice(0, limit);
          const last = page.at(-1);
          return {
            status: 200,
            body: {
              data: page.map((offer) => ({
                code: offer.sku,
                currency: "USD",
                unit_cents: offer.listPriceCents,
                on_hand: offer.stock,
                lead_days: offer.leadDays,
              })),
              next_cursor: offers.length > limit && last ? Buffer.from(last.sku, "utf8").toString("base64url") : null,
            },
          };
        }
        default:
          return error(404, "not_found", `No route ${method} ${url.pathname}`);
      }
    }),
};
