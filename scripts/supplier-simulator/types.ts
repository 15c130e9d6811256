export type SupplierName = "spencer" | "coster";
export const SUPPLIER_NAMES: readonly SupplierName[] = ["spencer", "coster"];

/** One catalog SKU; supplier, type and orifice (when given) shape the derived price. */
export type CatalogEntry = { sku: string; supplier?: SupplierName; sprayType?: string; orificeDiameterMm?: number };

/** What one supplier asks for one SKU it carries. */
export type Offer = { sku: string; listPriceCents: number; stock: number; leadDays: number };

export type OrderStatus = "received" | "confirmed" | "shipped" | "delivered" | "cancelled" | "rejected";

type OrderLine = { sku: string; quantity: number; unitPriceCents: number; fromStock: number };

export type SimulatedOrder = {
  id: string;
  supplier: SupplierName;
  idempotencyKey: string;
  status: OrderStatus;
  lines: OrderLine[];
  subtotalCents: number;
  taxCents: number;
  shippingCents: number;
  totalCents: number;
  carrier: string | null;
  trackingNumber: string | null;
  /** YYYY-MM-DD */
  expectedDelivery: string | null;
  rejectionReason: string | null;
  createdAt: Date;
  updatedAt: Date;
};

/**
 * A fault a supplier's API shows until cleared (or for the next `count` API requests):
 * slow answers after `delayMs` (the work is done first, so a placed order exists even if the
 * caller gave up), hung never answers, server_error is a 500, rate_limited a 429 with
 * Retry-After, malformed a 200 with broken JSON, wrong_schema a 200 with JSON of another
 * shape, refused closes the port (connection refused) until cleared.
 */
export type Fault =
  | { kind: "slow"; delayMs: number; count?: number }
  | { kind: "hung"; count?: number }
  | { kind: "server_error"; count?: number }
  | { kind: "rate_limited"; retryAfterSeconds: number; count?: number }
  | { kind: "malformed"; count?: number }
  | { kind: "wrong_schema"; count?: number }
  | { kind: "refused" };

type FaultKind = Fault["kind"];

export type RequestRecord = { method: string; path: string; fault: FaultKind | null; at: number };

export type CallbackDelivery = {
  supplier: SupplierName;
  eventId: string;
  orderId: string;
  status: OrderStatus;
  attempt: number;
  httpStatus: number;
};

export type SupplierSimulatorOptions = {
  /** The catalog both suppliers draw their offers from. */
  catalog: CatalogEntry[];
  /** Default "127.0.0.1". */
  host?: string;
  /** Ports of the control API and of each supplier's API; 0 (default) picks free ones. */
  ports?: { control?: number; spencer?: number; coster?: number };
  /** Bearer keys each API accepts. Default "spencer_test_key" / "coster_test_key". */
  apiKeys?: Partial<Record<SupplierName, string>>;
  /** Where each supplier POSTs its signed status callbacks, and the secret it signs with. */
  callbacks?: Partial<Record<SupplierName, { url: string; secret: string }>>;
  /** Delays between callback attempts. Default [250, 1000, 5000]. */
  retryDelaysMs?: number[];
  /** Moves every order one step (confirm, ship, deliver) after this long; 0 or unset: only test controls do. */
  lifecycleStepMs?: number;
};

/** Test controls, in process and over HTTP under /_simulator on the control port. */
export type SimulatorControls = {
  setFault(supplier: SupplierName, fault: Fault): Promise<void>;
  clearFault(supplier: SupplierName): Promise<void>;
  requests(supplier: SupplierName): RequestRecord[];
  offer(supplier: SupplierName, sku: string): Offer | null;
  setOffer(supplier: SupplierName, offer: Offer): void;
  /** Every SKU the supplier carries, in SKU order. */
  offers(supplier: SupplierName): Offer[];
  orders(supplier: SupplierName): SimulatedOrder[];
  /** Moves an order forward to `to` through the steps between (each sends a callback). */
  advanceOrder(
    supplier: SupplierName,
    orderId: string,
    to: "confirmed" | "shipped" | "delivered" | "rejected",
    reason?: string,
  ): SimulatedOrder;
  callbacks(): CallbackDelivery[];
  /** Resolves once no callback is in flight or waiting to retry. */
  idle(): Promise<void>;
  /** Back to the start: offers from the catalog, no orders, faults, requests or callbacks. */
  reset(): Promise<void>;
};

export type SupplierSimulator = SimulatorControls & {
  urls: { control: string; spencer: string; coster: string };
  apiKeys: Record<SupplierName, string>;
  close(): Promise<void>;
};

/** A control misused (unknown order, impossible step); `status` is what the HTTP route answers. */
export class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
