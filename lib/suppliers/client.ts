import { env } from "@/lib/env";
import type { Supplier } from "@/lib/prediction/schemas";
import type { PlaceOrderInput, SupplierAdapter } from "./adapter";
import { createCosterAdapter } from "./coster";
import { SupplierError } from "./errors";
import type { SupplierConnection } from "./http";
import { createResilience, DEFAULT_RESILIENCE, type ResilienceOptions } from "./resilience";
import { type ShipTo, type SupplierItem, shipToSchema, supplierItemsSchema } from "./schemas";
import { createSpencerAdapter } from "./spencer";

const ADAPTERS: Record<Supplier, (connection: SupplierConnection) => SupplierAdapter> = {
  spencer: createSpencerAdapter,
  coster: createCosterAdapter,
};

export type SupplierClient = ReturnType<typeof createSupplierClient>;

/**
 * A supplier's operations behind its resilience policies. Quotes, reads and price pages are
 * retried; an order placement is retried too because it carries an idempotency key (the
 * supplier answers a repeat with the same order); a cancellation is sent once.
 */
export function createSupplierClient(connection: SupplierConnection, options: Partial<ResilienceOptions> = {}) {
  const adapter = ADAPTERS[connection.supplier](connection);
  const resilience = createResilience(connection.supplier, { callTimeoutMs: 8000, ...DEFAULT_RESILIENCE, ...options });
  const retried = { idempotent: true };
  return {
    supplier: connection.supplier,
    /** The circuit breaker, for health reports and tests ("closed", "open", "half-open"). */
    breaker: resilience.breaker,
    quote: (items: SupplierItem[]) => {
      const valid = supplierItemsSchema.parse(items);
      return resilience.run((signal) => adapter.quote(valid, signal), retried);
    },
    placeOrder: (input: { items: SupplierItem[]; shipTo: ShipTo; idempotencyKey: string }) => {
      const valid: PlaceOrderInput = { ...input, items: supplierItemsSchema.parse(input.items), shipTo: shipToSchema.parse(input.shipTo) };
      return resilience.run((signal) => adapter.placeOrder(valid, signal), retried);
    },
    getOrder: (orderId: string) => resilience.run((signal) => adapter.getOrder(orderId, signal), retried),
    cancelOrder: (orderId: string) => resilience.run((signal) => adapter.cancelOrder(orderId, signal), { idempotent: false }),
    listPrices: (cursor: string | null = null) => resilience.run((signal) => adapter.listPrices(cursor, signal), retried),
  };
}

const clients = new Map<Supplier, SupplierClient>();

function connectionFromEnv(supplier: Supplier): SupplierConnection {
  const settings = env();
  const baseUrl = supplier === "spencer" ? settings.SPENCER_API_URL : settings.COSTER_API_URL;
  const apiKey = supplier === "spencer" ? settings.SPENCER_API_KEY : settings.COSTER_API_KEY;
  if (!baseUrl || !apiKey) throw new SupplierError(supplier, "unavailable", "not configured (API URL and key)");
  return { supplier, baseUrl, apiKey };
}

/**
 * The process's client for a supplier, configured from the environment; one per supplier so
 * that every caller shares its circuit breaker and concurrency cap.
 */
export function getSupplierClient(supplier: Supplier): SupplierClient {
  let client = clients.get(supplier);
  if (!client) {
    client = createSupplierClient(connectionFromEnv(supplier), { callTimeoutMs: env().SUPPLIER_TIMEOUT_MS });
    clients.set(supplier, client);
  }
  return client;
}
