import type { z } from "zod";
import type { Supplier } from "@/lib/prediction/schemas";
import { SupplierError } from "./errors";
import type { ShipTo, SupplierItem, SupplierOrder, SupplierPricePage, SupplierQuote } from "./schemas";

export type PlaceOrderInput = { items: SupplierItem[]; shipTo: ShipTo; idempotencyKey: string };

/**
 * One supplier's API in its own wire format, mapped to the shared types. Adapters make one
 * HTTP call per operation and know nothing of retries or timeouts (client.ts adds those).
 */
export interface SupplierAdapter {
  readonly supplier: Supplier;
  quote(items: SupplierItem[], signal: AbortSignal): Promise<SupplierQuote>;
  /** The supplier deduplicates on the key: the same key again answers the same order. */
  placeOrder(input: PlaceOrderInput, signal: AbortSignal): Promise<SupplierOrder>;
  getOrder(orderId: string, signal: AbortSignal): Promise<SupplierOrder>;
  cancelOrder(orderId: string, signal: AbortSignal): Promise<SupplierOrder>;
  /** One page of the bulk price/stock/lead-time list; `cursor` null is the first page. */
  listPrices(cursor: string | null, signal: AbortSignal): Promise<SupplierPricePage>;
}

/** Validates a supplier's answer; a wrong shape is a bad_response, never an exception of zod's. */
export function parseWire<S extends z.ZodType>(supplier: Supplier, schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const where = result.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`)
    .join("; ");
  throw new SupplierError(supplier, "bad_response", `answered in an unexpected shape (${where})`);
}

const RANK = { in_stock: 0, backorder: 1, unavailable: 2 } as const;

/** A quote is as available as its least available line. */
export function worstAvailability(values: Array<keyof typeof RANK>): keyof typeof RANK {
  return values.reduce<keyof typeof RANK>((worst, value) => (RANK[value] > RANK[worst] ? value : worst), "in_stock");
}
