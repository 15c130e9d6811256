import { getDb } from "@/db/client";
import { actuators } from "@/db/schema";
import { logger } from "@/lib/http/logger";
import type { RankedActuator } from "@/lib/prediction/ranked-actuator";
import { type Actuator, actuatorSchema } from "@/lib/prediction/schemas";

type Commercial = { priceUsd: string | null; stockUnits: number; leadDays: number | null };
export type CatalogSnapshot = { actuators: Actuator[]; commercial: Map<string, Commercial>; loadedAt: Date };

/** A ranked actuator with its supplier's price, stock and lead time, as predictions show and configurations store it. */
export type PricedActuator = RankedActuator & Partial<Commercial>;

export function withCommercial(catalog: CatalogSnapshot, ranked: RankedActuator): PricedActuator {
  return { ...ranked, ...catalog.commercial.get(ranked.sku) };
}

// The engine ranks against an in-memory copy of the catalog. It changes only when suppliers
// sync (every few hours), so a copy at most a minute old is current enough.
const TTL_MS = 60_000;
let cached: { at: number; snapshot: Promise<CatalogSnapshot> } | undefined;

async function loadSnapshot(): Promise<CatalogSnapshot> {
  const rows = await getDb().select().from(actuators);
  const valid: Actuator[] = [];
  const commercial = new Map<string, Commercial>();
  for (const row of rows) {
    const parsed = actuatorSchema.safeParse(row);
    if (!parsed.success) {
      // One bad catalog row must not take every prediction down; it is left out and reported.
      logger.warn({ sku: row.sku, issues: parsed.error.issues.length }, "catalog row outside the engine's ranges");
      continue;
    }
    valid.push(parsed.data);
    commercial.set(row.sku, {
      priceUsd: row.spencerPriceUsd ?? row.costerPriceUsd,
      stockUnits: row.spencerStockUnits ?? row.costerStockUnits ?? 0,
      leadDays: row.spencerLeadDays ?? row.costerLeadDays,
    });
  }
  return { actuators: valid, commercial, loadedAt: new Date() };
}

export function getCatalogSnapshot(): Promise<CatalogSnapshot> {
  if (!cached || Date.now() - cached.at > TTL_MS) {
    const snapshot = loadSnapshot();
    cached = { at: Date.now(), snapshot };
    snapshot.catch(() => {
      cached = undefined;
    });
  }
  return cached.snapshot;
}
