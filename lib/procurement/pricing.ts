import { applyBps, centsToDecimal } from "@/lib/billing/money";
import type { Supplier } from "@/lib/prediction/schemas";
import type { SupplierErrorKind } from "@/lib/suppliers/errors";
import type { SupplierQuote } from "@/lib/suppliers/schemas";

// Money of an order, in integer cents. AeroSpec's procurement discount (the plan's) comes off
// the supplier's subtotal; the supplier's tax is taken on what is left (scaled by the same
// share), its shipping is kept as quoted.

export const SUPPLIER_NAMES: Record<Supplier, string> = { spencer: "Spencer", coster: "Coster" };

export type Totals = {
  subtotalCents: number;
  discountBps: number;
  discountCents: number;
  taxCents: number;
  shippingCents: number;
  totalCents: number;
};

export function totalsOf(subtotalCents: number, discountBps: number, quoted: { taxCents: number; shippingCents: number }): Totals {
  const discountCents = applyBps(subtotalCents, discountBps);
  const taxable = subtotalCents - discountCents;
  const taxCents = subtotalCents === 0 ? 0 : Math.round((quoted.taxCents * taxable) / subtotalCents);
  return {
    subtotalCents,
    discountBps,
    discountCents,
    taxCents,
    shippingCents: quoted.shippingCents,
    totalCents: taxable + taxCents + quoted.shippingCents,
  };
}

/** A line's price as quoted: what the supplier charges per unit after quantity breaks. */
type QuotedLine = SupplierQuote["lines"][number];

/** One supplier's answer to a compare, as the API returns it and the order stores it. */
export type SupplierOffer =
  | (Totals & {
      supplier: Supplier;
      name: string;
      status: "quoted";
      quoteId: string;
      currency: string;
      /** Spec §2.3: the total in the currency's units and the delivery in words. */
      total: string;
      delivery: string | null;
      leadTimeDays: number | null;
      expectedDeliveryDate: string | null;
      availability: SupplierQuote["availability"];
      lines: QuotedLine[];
      validUntil: string;
      marks: { cheapest: boolean; fastest: boolean; allInStock: boolean };
    })
  | { supplier: Supplier; name: string; status: "error"; error: { kind: SupplierErrorKind; message: string } };

export type QuotedOffer = Extract<SupplierOffer, { status: "quoted" }>;

function addDays(day: Date, days: number): string {
  const next = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + days));
  return next.toISOString().slice(0, 10);
}

function describeLeadTime(days: number | null): string | null {
  if (days === null) return null;
  return days === 0 ? "ships today" : `${days} day${days === 1 ? "" : "s"}`;
}

/** A supplier's quote with the discount applied; marks are set by `markOffers`. */
export function offerFromQuote(quote: SupplierQuote, discountBps: number, now: Date): QuotedOffer {
  const totals = totalsOf(quote.subtotalCents, discountBps, quote);
  return {
    supplier: quote.supplier,
    name: SUPPLIER_NAMES[quote.supplier],
    status: "quoted",
    quoteId: quote.quoteId,
    currency: quote.currency,
    ...totals,
    total: centsToDecimal(totals.totalCents),
    delivery: describeLeadTime(quote.leadTimeDays),
    leadTimeDays: quote.leadTimeDays,
    expectedDeliveryDate: quote.leadTimeDays === null ? null : addDays(now, quote.leadTimeDays),
    availability: quote.availability,
    lines: quote.lines,
    validUntil: quote.validUntil.toISOString(),
    marks: { cheapest: false, fastest: false, allInStock: quote.availability === "in_stock" },
  };
}

/** Whether the supplier can deliver every line (backordered lines count: they come later). */
export function isComplete(offer: QuotedOffer): boolean {
  return offer.lines.every((line) => line.availability !== "unavailable");
}

/**
 * Marks the cheapest and the fastest of the offers that carry every line (ties mark both);
 * "all in stock" is the supplier's own availability.
 */
export function markOffers(offers: SupplierOffer[]): SupplierOffer[] {
  const complete = offers.filter((o): o is QuotedOffer => o.status === "quoted" && isComplete(o));
  const lowest = Math.min(...complete.map((o) => o.totalCents));
  const soonest = Math.min(...complete.map((o) => o.leadTimeDays ?? Number.POSITIVE_INFINITY));
  return offers.map((offer) => {
    if (offer.status !== "quoted" || !complete.includes(offer)) return offer;
    const fastest = offer.leadTimeDays !== null && offer.leadTimeDays === soonest;
    return { ...offer, marks: { ...offer.marks, cheapest: offer.totalCents === lowest, fastest } };
  });
}

/** The earliest expiry of the offers, or null when none was quoted. */
export function offersExpireAt(offers: SupplierOffer[]): Date | null {
  const times = offers.flatMap((o) => (o.status === "quoted" ? [Date.parse(o.validUntil)] : []));
  return times.length === 0 ? null : new Date(Math.min(...times));
}

type PricedItem = { sku: string; qty: number; unitPrice: string };

/**
 * What a short delivery costs: the order's total in the share of its line value that arrived
 * (tax and shipping scale with it), rounded to the cent. A full delivery is the whole total.
 */
export function amountForReceived(totalCents: number, items: PricedItem[], received: Record<string, number>): number {
  const value = (qty: (item: PricedItem) => number) =>
    items.reduce((sum, item) => sum + Math.round(Number(item.unitPrice) * 100) * qty(item), 0);
  const ordered = value((item) => item.qty);
  const arrived = value((item) => Math.min(item.qty, received[item.sku] ?? item.qty));
  if (ordered === 0 || arrived >= ordered) return totalCents;
  return Math.round((totalCents * arrived) / ordered);
}
