import type { Offer, SupplierName } from "./types";

// Quantity breaks, tax and shipping of each supplier (README, "Prices").
const QUANTITY_BREAKS: Record<SupplierName, ReadonlyArray<{ minQuantity: number; discountBps: number }>> = {
  spencer: [
    { minQuantity: 250, discountBps: 1500 },
    { minQuantity: 50, discountBps: 1000 },
    { minQuantity: 10, discountBps: 500 },
  ],
  coster: [
    { minQuantity: 500, discountBps: 1800 },
    { minQuantity: 100, discountBps: 1200 },
    { minQuantity: 25, discountBps: 800 },
  ],
};
const TAX_BPS: Record<SupplierName, number> = { spencer: 825, coster: 700 };
/** A backordered line waits this much longer than the usual lead time. */
const BACKORDER_EXTRA_DAYS = 14;

const bps = (cents: number, rate: number) => Math.floor((cents * rate + 5_000) / 10_000);

function unitPriceAfterBreaks(supplier: SupplierName, listPriceCents: number, quantity: number): number {
  const tier = QUANTITY_BREAKS[supplier].find((t) => quantity >= t.minQuantity);
  return tier ? listPriceCents - bps(listPriceCents, tier.discountBps) : listPriceCents;
}

type PricedLine = {
  sku: string;
  quantity: number;
  listPriceCents: number | null;
  unitPriceCents: number | null;
  lineTotalCents: number;
  availability: "in_stock" | "backorder" | "unavailable";
  stock: number | null;
  leadDays: number | null;
};

export type PricedQuote = {
  lines: PricedLine[];
  subtotalCents: number;
  taxCents: number;
  shippingCents: number;
  totalCents: number;
  leadDays: number | null;
  availability: "in_stock" | "backorder" | "unavailable";
};

function priceLine(supplier: SupplierName, offer: Offer | undefined, sku: string, quantity: number): PricedLine {
  if (!offer)
    return {
      sku,
      quantity,
      listPriceCents: null,
      unitPriceCents: null,
      lineTotalCents: 0,
      availability: "unavailable",
      stock: null,
      leadDays: null,
    };
  const unitPriceCents = unitPriceAfterBreaks(supplier, offer.listPriceCents, quantity);
  const inStock = offer.stock >= quantity;
  return {
    sku,
    quantity,
    listPriceCents: offer.listPriceCents,
    unitPriceCents,
    lineTotalCents: unitPriceCents * quantity,
    availability: inStock ? "in_stock" : "backorder",
    stock: offer.stock,
    leadDays: inStock ? offer.leadDays : offer.leadDays + BACKORDER_EXTRA_DAYS,
  };
}

/** Spencer: flat $12 under $250; Coster: $7.50 + $0.25 a unit, at most $40. */
function shippingCents(supplier: SupplierName, subtotalCents: number, units: number): number {
  if (units === 0) return 0;
  if (supplier === "spencer") return subtotalCents >= 25_000 ? 0 : 1_200;
  return Math.min(750 + 25 * units, 4_000);
}

export function priceItems(
  supplier: SupplierName,
  offers: Map<string, Offer>,
  items: Array<{ sku: string; quantity: number }>,
): PricedQuote {
  const lines = items.map((item) => priceLine(supplier, offers.get(item.sku), item.sku, item.quantity));
  const subtotalCents = lines.reduce((sum, line) => sum + line.lineTotalCents, 0);
  const units = lines.reduce((sum, line) => sum + (line.unitPriceCents === null ? 0 : line.quantity), 0);
  const taxCents = bps(subtotalCents, TAX_BPS[supplier]);
  const shipping = shippingCents(supplier, subtotalCents, units);
  const leads = lines.flatMap((line) => (line.leadDays === null ? [] : [line.leadDays]));
  const rank = { in_stock: 0, backorder: 1, unavailable: 2 } as const;
  const availability = lines.reduce<PricedLine["availability"]>(
    (worst, line) => (rank[line.availability] > rank[worst] ? line.availability : worst),
    "in_stock",
  );
  return {
    lines,
    subtotalCents,
    taxCents,
    shippingCents: shipping,
    totalCents: subtotalCents + taxCents + shipping,
    leadDays: leads.length ? Math.max(...leads) : null,
    availability,
  };
}
