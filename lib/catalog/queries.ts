import { and, asc, eq, gte, ilike, inArray, lte, or, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import { type DbOrTx, getDb } from "@/db/client";
import { afterCursor, escapeLike, type KeysetOrder, orderByKeyset, paginate } from "@/db/keyset";
import { actuators, fluids } from "@/db/schema";
import type { actuatorPageSchema } from "./response-schemas";
import type { ListActuatorsInput, ListFluidsInput } from "./schemas";

// The supplier that carries a SKU is the one whose commercial columns apply.
const priceUsd = sql`coalesce(${actuators.spencerPriceUsd}, ${actuators.costerPriceUsd})`;
const stockUnits = sql`coalesce(${actuators.spencerStockUnits}, ${actuators.costerStockUnits}, 0)`;

// SKUs are unique, so the SKU alone orders the catalog (and its unique index serves the order).
const BY_SKU: KeysetOrder = { key: actuators.sku, direction: "asc", keyType: "text" };

/** The catalog, filtered, in SKU order; keyset-paginated by SKU. */
export async function listActuators(db: DbOrTx, input: ListActuatorsInput): Promise<z.input<typeof actuatorPageSchema>> {
  const filters: (SQL | undefined)[] = [
    input.q ? ilike(actuators.sku, `%${escapeLike(input.q)}%`) : undefined,
    input.supplier ? eq(actuators.supplier, input.supplier) : undefined,
    input.sprayType ? eq(actuators.sprayType, input.sprayType) : undefined,
    input.orificeMinMm ? gte(actuators.orificeDiameterMm, input.orificeMinMm) : undefined,
    input.orificeMaxMm ? lte(actuators.orificeDiameterMm, input.orificeMaxMm) : undefined,
    input.minPressureBar ? gte(actuators.maxPressureBar, input.minPressureBar) : undefined,
    input.maxPriceUsd ? sql`${priceUsd} <= ${input.maxPriceUsd}` : undefined,
    input.inStock === true ? sql`${stockUnits} > 0` : input.inStock === false ? sql`${stockUnits} = 0` : undefined,
    input.cursor ? afterCursor(BY_SKU, input.cursor) : undefined,
  ];
  const rows = await db
    .select({
      id: actuators.id,
      sku: actuators.sku,
      supplier: actuators.supplier,
      sprayType: actuators.sprayType,
      orificeDiameterMm: actuators.orificeDiameterMm,
      refFlowMlMin: actuators.refFlowMlMin,
      refPressureBar: actuators.refPressureBar,
      flowExponent: actuators.flowExponent,
      nominalConeDeg: actuators.nominalConeDeg,
      maxPressureBar: actuators.maxPressureBar,
      vendorSmdUm: actuators.vendorSmdUm,
      rosinRammlerQ: actuators.rosinRammlerQ,
      materials: actuators.materials,
      priceUsd: sql<string | null>`${priceUsd}::text`,
      stockUnits: sql<number>`${stockUnits}::int`,
      leadDays: sql<number | null>`coalesce(${actuators.spencerLeadDays}, ${actuators.costerLeadDays})`,
      lastSyncedAt: sql<string | null>`coalesce(${actuators.spencerLastSynced}, ${actuators.costerLastSynced})`,
    })
    .from(actuators)
    .where(and(...filters))
    .orderBy(...orderByKeyset(BY_SKU))
    .limit(input.limit + 1);
  return paginate(rows, input.limit, (row) => ({ key: row.sku, id: row.id }));
}

export async function listFluids(db: DbOrTx, input: ListFluidsInput) {
  const q = input.q ? `%${escapeLike(input.q)}%` : null;
  return db
    .select()
    .from(fluids)
    .where(
      and(
        input.category ? eq(fluids.category, input.category) : undefined,
        q ? or(ilike(fluids.name, q), ilike(fluids.slug, q)) : undefined,
      ),
    )
    .orderBy(asc(fluids.category), asc(fluids.name));
}

/** One SKU of the global catalog with both suppliers' price, stock and lead time, or null. */
export async function getActuatorBySku(sku: string) {
  const [row] = await getDb().select().from(actuators).where(eq(actuators.sku, sku));
  return row ?? null;
}

/**
 * The SKUs of the list that the catalog has, each with the supplier whose
 * price applies and that price: an order's line is priced so until a supplier quotes it.
 */
export async function listCatalogPrices(db: DbOrTx, skus: string[]) {
  if (skus.length === 0) return [];
  return db
    .select({
      sku: actuators.sku,
      supplier: sql<
        "spencer" | "coster"
      >`case when ${actuators.spencerPriceUsd} is not null then 'spencer'::supplier when ${actuators.costerPriceUsd} is not null then 'coster'::supplier else ${actuators.supplier} end`,
      priceUsd: sql<string>`coalesce(${priceUsd}, 0)::text`,
    })
    .from(actuators)
    .where(inArray(actuators.sku, skus));
}
