import { randomBytes, randomUUID } from "node:crypto";
import { deriveOffers } from "./catalog";
import { type PricedQuote, priceItems } from "./pricing";
import {
  type CatalogEntry,
  ControlError,
  type Offer,
  type OrderStatus,
  type SimulatedOrder,
  SUPPLIER_NAMES,
  type SupplierName,
} from "./types";

export type Item = { sku: string; quantity: number };

/** A request the supplier refuses (4xx); each API words it in its own format. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Ledger = {
  offers: Map<string, Offer>;
  orders: Map<string, SimulatedOrder>;
  /** Idempotency key → the order it made and what it was asked for. */
  keys: Map<string, { fingerprint: string; orderId: string }>;
  timers: Map<string, NodeJS.Timeout>;
  sequence: number;
};

const NEXT: Partial<Record<OrderStatus, OrderStatus>> = { received: "confirmed", confirmed: "shipped", shipped: "delivered" };
const FORWARD: OrderStatus[] = ["received", "confirmed", "shipped", "delivered"];
const CARRIER: Record<SupplierName, string> = { spencer: "UPS", coster: "DHL" };
const PREFIX: Record<SupplierName, string> = { spencer: "SP", coster: "CO" };

function addDays(from: Date, days: number): string {
  return new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

function trackingNumber(supplier: SupplierName): string {
  return supplier === "spencer"
    ? `1Z${randomBytes(8).toString("hex").toUpperCase()}`
    : `CST${String(randomBytes(4).readUInt32BE(0)).padStart(10, "0")}`;
}

/** Both suppliers' stock, orders and order lifecycle, in memory. */
export class SimulatorState {
  private ledgers = new Map<SupplierName, Ledger>();

  constructor(
    private readonly catalog: CatalogEntry[],
    /** Called on every status change after placement (the supplier's callback). */
    private readonly notify: (order: SimulatedOrder) => void,
    private readonly lifecycleStepMs: number,
  ) {
    this.reset();
  }

  reset(): void {
    for (const ledger of this.ledgers.values()) for (const timer of ledger.timers.values()) clearTimeout(timer);
    for (const supplier of SUPPLIER_NAMES) {
      this.ledgers.set(supplier, {
        offers: deriveOffers(supplier, this.catalog),
        orders: new Map(),
        keys: new Map(),
        timers: new Map(),
        sequence: 0,
      });
    }
  }

  ledger(supplier: SupplierName): Ledger {
    return this.ledgers.get(supplier)!;
  }

  quote(supplier: SupplierName, items: Item[]): PricedQuote {
    return priceItems(supplier, this.ledger(supplier).offers, items);
  }

  /** Places an order once per idempotency key: a repeat answers the first order (`replayed`). */
  placeOrder(supplier: SupplierName, key: string, items: Item[], shipTo: unknown): { order: SimulatedOrder; replayed: boolean } {
    const ledger = this.ledger(supplier);
    const fingerprint = JSON.stringify({ items, shipTo });
    const previous = ledger.keys.get(key);
    if (previous) {
      if (previous.fingerprint !== fingerprint) throw new Refusal(409, "idempotency_conflict", "This key was used for a different order");
      return { order: ledger.orders.get(previous.orderId)!, replayed: true };
    }
    const priced = this.quote(supplier, items);
    const missing = priced.lines.find((line) => line.unitPriceCents === null);
    if (missing) throw new Refusal(422, "item_unavailable", `${missing.sku} is not carried`);
    const now = new Date();
    const order: SimulatedOrder = {
      id: `${PREFIX[supplier]}-${String(++ledger.sequence).padStart(6, "0")}-${randomUUID().slice(0, 8)}`,
      supplier,
      idempotencyKey: key,
      status: "received",
      lines: priced.lines.map((line) => {
        const offer = ledger.offers.get(line.sku)!;
        const fromStock = Math.min(offer.stock, line.quantity);
        offer.stock -= fromStock;
        return { sku: line.sku, quantity: line.quantity, unitPriceCents: line.unitPriceCents!, fromStock };
      }),
      subtotalCents: priced.subtotalCents,
      taxCents: priced.taxCents,
      shippingCents: priced.shippingCents,
      totalCents: priced.totalCents,
      carrier: null,
      trackingNumber: null,
      expectedDelivery: addDays(now, priced.leadDays ?? 0),
      rejectionReason: null,
      createdAt: now,
      updatedAt: now,
    };
    ledger.orders.set(order.id, order);
    ledger.keys.set(key, { fingerprint, orderId: order.id });
    this.scheduleNextStep(order);
    return { order, replayed: false };
  }

  getOrder(supplier: SupplierName, id: string): SimulatedOrder {
    const order = this.ledger(supplier).orders.get(id);
    if (!order) throw new Refusal(404, "not_found", `No order ${id}`);
    return order;
  }

  cancelOrder(supplier: SupplierName, id: string): SimulatedOrder {
    const order = this.getOrder(supplier, id);
    if (order.status === "cancelled") return order;
    if (order.status !== "received" && order.status !== "confirmed")
      throw new Refusal(409, "not_cancellable", `Order ${id} is ${order.status}`);
    this.release(order);
    return this.move(order, "cancelled");
  }

  /** Moves an order forward to `to`, one step at a time (each step sends its callback). */
  advance(supplier: SupplierName, id: string, to: "confirmed" | "shipped" | "delivered" | "rejected", reason?: string): SimulatedOrder {
    const order = this.ledger(supplier).orders.get(id);
    if (!order) throw new ControlError(404, `No ${supplier} order ${id}`);
    if (to === "rejected") {
      if (order.status !== "received" && order.status !== "confirmed")
        throw new ControlError(409, `A ${order.status} order cannot be rejected`);
      this.release(order);
      order.rejectionReason = reason ?? "Rejected by the supplier";
      return this.move(order, "rejected");
    }
    if (!FORWARD.includes(order.status) || FORWARD.indexOf(order.status) > FORWARD.indexOf(to)) {
      throw new ControlError(409, `A ${order.status} order cannot move to ${to}`);
    }
    while (order.status !== to) this.step(order);
    return order;
  }

  private step(order: SimulatedOrder): void {
    const next = NEXT[order.status];
    if (!next) return;
    if (next === "shipped") {
      order.carrier = CARRIER[order.supplier];
      order.trackingNumber = trackingNumber(order.supplier);
      order.expectedDelivery = addDays(new Date(), 2);
    }
    this.move(order, next);
  }

  private move(order: SimulatedOrder, status: OrderStatus): SimulatedOrder {
    order.status = status;
    order.updatedAt = new Date();
    this.notify(order);
    this.scheduleNextStep(order);
    return order;
  }

  /** Puts the units an order took from stock back (cancelled or rejected before shipping). */
  private release(order: SimulatedOrder): void {
    const offers = this.ledger(order.supplier).offers;
    for (const line of order.lines) {
      const offer = offers.get(line.sku);
      if (offer) offer.stock += line.fromStock;
    }
  }

  private scheduleNextStep(order: SimulatedOrder): void {
    const timers = this.ledger(order.supplier).timers;
    clearTimeout(timers.get(order.id));
    timers.delete(order.id);
    if (!this.lifecycleStepMs || !NEXT[order.status]) return;
    const timer = setTimeout(() => {
      timers.delete(order.id);
      this.step(order);
    }, this.lifecycleStepMs);
    timer.unref();
    timers.set(order.id, timer);
  }
}
