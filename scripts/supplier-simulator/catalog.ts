import { createHash } from "node:crypto";
import type { CatalogEntry, Offer, SupplierName } from "./types";

// Each supplier's offers, derived from the catalog by hashing (supplier, SKU): the same catalog
// gives the same prices, stock and lead times on every run. The SKU's own supplier always
// carries it; the other distributor carries about half of them, at a markup.
const OTHER_CARRIES = 0.5;
const OUT_OF_STOCK = 0.15;
const LEAD_DAYS: Record<SupplierName, readonly [number, number]> = { spencer: [2, 8], coster: [3, 12] };

function unit(supplier: SupplierName, sku: string, what: string): number {
  return createHash("sha256").update(`${supplier}|${sku}|${what}`).digest().readUInt32BE(0) / 2 ** 32;
}

function deriveOffer(supplier: SupplierName, entry: CatalogEntry): Offer | null {
  const own = entry.supplier === undefined || entry.supplier === supplier;
  if (!own && unit(supplier, entry.sku, "carries") >= OTHER_CARRIES) return null;
  const u = (what: string) => unit(supplier, entry.sku, what);
  const base =
    300 + Math.round((entry.orificeDiameterMm ?? 1) * 250) + (entry.sprayType === "fine_mist" ? 600 : 0) + Math.floor(u("price") * 400);
  const markupBps = own ? 10_000 : 10_500 + Math.floor(u("markup") * 2_000);
  const [minLead, maxLead] = LEAD_DAYS[supplier];
  return {
    sku: entry.sku,
    listPriceCents: Math.round((base * markupBps) / 10_000),
    stock: u("stocked") < OUT_OF_STOCK ? 0 : 1 + Math.floor(u("stock") * 500),
    leadDays: minLead + Math.floor(u("lead") * (maxLead - minLead + 1)),
  };
}

export function deriveOffers(supplier: SupplierName, catalog: CatalogEntry[]): Map<string, Offer> {
  const offers = new Map<string, Offer>();
  for (const entry of [...catalog].sort((a, b) => (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0))) {
    const offer = deriveOffer(supplier, entry);
    if (offer) offers.set(offer.sku, offer);
  }
  return offers;
}
