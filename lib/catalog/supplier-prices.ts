import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import type { Supplier } from "@/lib/prediction/schemas";
import type { SupplierPricePage } from "@/lib/suppliers/schemas";

// Each supplier's commercial columns of the catalog (spec §5.2), named from a fixed list.
const COLUMNS: Record<Supplier, { price: string; stock: string; lead: string; synced: string }> = {
  spencer: { price: "spencer_price_usd", stock: "spencer_stock_units", lead: "spencer_lead_days", synced: "spencer_last_synced" },
  coster: { price: "coster_price_usd", stock: "coster_stock_units", lead: "coster_lead_days", synced: "coster_last_synced" },
};

/**
 * One page of a supplier's prices, stock and lead times into the catalog in one statement;
 * SKUs the catalog does not have are skipped. Returns how many catalog rows the page matched
 * and how many of them changed. Runs in a system transaction (the catalog is global).
 */
export async function applySupplierPrices(tx: Tx, supplier: Supplier, items: SupplierPricePage["items"], syncedAt: Date) {
  if (items.length === 0) return { seen: 0, changed: 0 };
  const c = COLUMNS[supplier];
  const [price, stock, lead, synced] = [c.price, c.stock, c.lead, c.synced].map((name) => sql.identifier(name));
  // One parameter for the whole page (a JSON array), however many SKUs it holds.
  const rows = items.map((i) => ({ sku: i.sku, price: (i.unitPriceCents / 100).toFixed(2), stock: i.stock, lead: i.leadTimeDays }));
  // Both suppliers sync at once and update the same catalog rows (their own columns) in whatever
  // order each plan takes: one page at a time across suppliers, or two pages can deadlock.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('aerospec.catalog.supplier_prices'))`);
  const result = await tx.execute<{ seen: number; changed: number }>(sql`
    with v as (
      select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(sku text, price numeric, stock int, lead int)
    ),
    changed as (
      select count(*)::int as n from actuators a join v on a.sku = v.sku
      where (a.${price}, a.${stock}, a.${lead}) is distinct from (v.price, v.stock, v.lead)
    ),
    updated as (
      update actuators a set ${price} = v.price, ${stock} = v.stock, ${lead} = v.lead, ${synced} = ${syncedAt.toISOString()}::timestamptz, updated_at = now()
      from v where a.sku = v.sku
      returning 1
    )
    select (select count(*)::int from updated) as seen, (select n from changed) as changed`);
  return { seen: result[0]?.seen ?? 0, changed: result[0]?.changed ?? 0 };
}
