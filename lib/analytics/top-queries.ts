import { type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { SprayType, Supplier } from "@/lib/prediction/schemas";
import type { TopConfigurationsQuery } from "./schemas";

// What a tenant uses most: the SKUs its saved rankings put first and its lab tested, the fluids
// it configures, and the SKUs it orders. Archived configurations still count: they were used.

function between(column: SQL, q: TopConfigurationsQuery): SQL {
  const conditions: SQL[] = [];
  if (q.from) conditions.push(sql`${column} >= (${q.from}::date)::timestamp at time zone 'UTC'`);
  if (q.to) conditions.push(sql`${column} < (${q.to}::date + 1)::timestamp at time zone 'UTC'`);
  return conditions.length === 0 ? sql`true` : sql.join(conditions, sql` and `);
}

// supplier and spray_type are the catalog's enums as text (null once the SKU left the catalog).
type SkuRow = { sku: string; supplier: Supplier | null; spray_type: SprayType | null; n: string };

const presentSku = (r: SkuRow) => ({ sku: r.sku, supplier: r.supplier, sprayType: r.spray_type, count: Number(r.n) });

/** SKUs ranked first by the most saved configurations. */
export async function listTopRankedSkus(db: DbOrTx, tenantId: string, q: TopConfigurationsQuery) {
  const rows = await db.execute<SkuRow>(sql`
    select t.sku, a.supplier::text as supplier, a.spray_type::text as spray_type, t.n
    from (
      select c.compatible_actuators -> 0 ->> 'sku' as sku, count(*) as n
      from configurations c
      where c.tenant_id = ${tenantId} and c.actuator_count > 0 and ${between(sql`c.created_at`, q)}
      group by 1
    ) t left join actuators a on a.sku = t.sku
    where t.sku is not null
    order by t.n desc, t.sku limit ${q.limit}`);
  return rows.map(presentSku);
}

/** SKUs with the most lab results recorded. */
export async function listTopTestedSkus(db: DbOrTx, tenantId: string, q: TopConfigurationsQuery) {
  const rows = await db.execute<SkuRow>(sql`
    select t.sku, a.supplier::text as supplier, a.spray_type::text as spray_type, t.n
    from (
      select f.actuator_sku as sku, count(*) as n from feedback f
      where f.tenant_id = ${tenantId} and ${between(sql`f.created_at`, q)}
      group by 1
    ) t left join actuators a on a.sku = t.sku
    order by t.n desc, t.sku limit ${q.limit}`);
  return rows.map(presentSku);
}

/** SKUs by units ordered: lines of orders past the cart (every status but draft). */
export async function listTopOrderedSkus(db: DbOrTx, tenantId: string, q: TopConfigurationsQuery) {
  const rows = await db.execute<SkuRow & { orders: string }>(sql`
    select t.sku, a.supplier::text as supplier, a.spray_type::text as spray_type, t.n, t.orders
    from (
      select li.actuator_sku as sku, sum(li.quantity) as n, count(distinct li.procurement_id) as orders
      from procurement_line_items li
      join procurements p on p.tenant_id = li.tenant_id and p.id = li.procurement_id
      where li.tenant_id = ${tenantId} and p.status <> 'draft' and ${between(sql`p.created_at`, q)}
      group by 1
    ) t left join actuators a on a.sku = t.sku
    order by t.n desc, t.sku limit ${q.limit}`);
  return rows.map((r) => ({ ...presentSku(r), orders: Number(r.orders) }));
}

/** Library fluids by the configurations that use them; configurations with their own values count as one entry (fluidId null). */
export async function listTopFluids(db: DbOrTx, tenantId: string, q: TopConfigurationsQuery) {
  const rows = await db.execute<{ fluid_id: string | null; name: string | null; n: string }>(sql`
    select t.fluid_id, fl.name, t.n
    from (
      select c.fluid_id, count(*) as n from configurations c
      where c.tenant_id = ${tenantId} and ${between(sql`c.created_at`, q)}
      group by 1
    ) t left join fluids fl on fl.id = t.fluid_id
    order by t.n desc, fl.name nulls last limit ${q.limit}`);
  return rows.map((r) => ({ fluidId: r.fluid_id, name: r.name, count: Number(r.n) }));
}
