import { and, desc, eq, sql } from "drizzle-orm";
import { afterCursor, cursorTimestamp, encodeCursor } from "@/db/keyset";
import { procurementCommissions, tenants } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { withSystemTx } from "@/db/tenant";
import { parseCursor } from "@/lib/http/cursor";
import { decimalToCents } from "./money";
import type { ListCommissionsInput, RevenueQuery } from "./schemas";

// Platform revenue across every tenant (platform staff only). Cross-tenant by nature, so it
// reads through the system role.

export type RevenueMonth = {
  month: string;
  mrrCents: number;
  arrCents: number;
  newCents: number;
  expansionCents: number;
  contractionCents: number;
  churnedCents: number;
  collectedCents: number;
  commissionsCents: number;
  commissionsBySupplier: Record<string, number>;
};

function monthRange(query: RevenueQuery, now: Date): string[] {
  const [toY, toM] = (query.to ?? now.toISOString().slice(0, 7)).split("-").map(Number) as [number, number];
  const to = toY * 12 + (toM - 1);
  let from = to - 11;
  if (query.from) {
    const [y, m] = query.from.split("-").map(Number) as [number, number];
    from = Math.max(y * 12 + (m - 1), to - 59);
  }
  const months: string[] = [];
  for (let i = from; i <= to; i++) months.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);
  return months;
}

type Row = Record<string, unknown> & { month: string };

/** GET /api/admin/revenue/monthly: MRR, ARR, new/expansion/contraction/churned revenue, cash collected, commissions. */
export async function getMonthlyRevenue(query: RevenueQuery, now = new Date()): Promise<RevenueMonth[]> {
  const months = monthRange(query, now);
  const first = `${months[0]}-01`;
  const last = `${months.at(-1)}-01`;
  return withSystemTx(async (tx) => {
    const mrr = await tx.execute<Row & { mrr: string }>(sql`
      select to_char(m, 'YYYY-MM') as month, coalesce((
        select sum(latest.mrr_cents) from (
          select distinct on (tenant_id) mrr_cents from mrr_movements
          where occurred_at < m + interval '1 month'
          order by tenant_id, occurred_at desc, created_at desc
        ) latest), 0)::text as mrr
      from generate_series(${first}::date, ${last}::date, interval '1 month') m`);
    const moves = await tx.execute<Row & { kind: string; delta: string }>(sql`
      select to_char(date_trunc('month', occurred_at at time zone 'UTC'), 'YYYY-MM') as month, kind,
             sum(mrr_cents - previous_mrr_cents)::text as delta
      from mrr_movements
      where occurred_at >= ${first}::date and occurred_at < ${last}::date + interval '1 month'
      group by 1, 2`);
    const collected = await tx.execute<Row & { amount: string }>(sql`
      select to_char(date_trunc('month', paid_at at time zone 'UTC'), 'YYYY-MM') as month, sum(amount_paid)::text as amount
      from invoices where paid_at >= ${first}::date and paid_at < ${last}::date + interval '1 month'
      group by 1`);
    const commissions = await tx.execute<Row & { supplier: string; amount: string }>(sql`
      select to_char(date_trunc('month', created_at at time zone 'UTC'), 'YYYY-MM') as month, supplier,
             sum(commission_amount)::text as amount
      from procurement_commissions where created_at >= ${first}::date and created_at < ${last}::date + interval '1 month'
      group by 1, 2`);
    return months.map((month) => {
      const mrrCents = Number(mrr.find((r) => r.month === month)?.mrr ?? 0);
      const delta = (kind: string) => moves.filter((r) => r.month === month && r.kind === kind).reduce((s, r) => s + Number(r.delta), 0);
      const bySupplier: Record<string, number> = {};
      for (const r of commissions.filter((c) => c.month === month)) bySupplier[r.supplier] = decimalToCents(r.amount);
      return {
        month,
        mrrCents,
        arrCents: mrrCents * 12,
        newCents: delta("new") + delta("reactivation"),
        expansionCents: delta("expansion"),
        contractionCents: Math.abs(delta("contraction")),
        churnedCents: Math.abs(delta("churn")),
        collectedCents: decimalToCents(collected.find((r) => r.month === month)?.amount ?? "0"),
        commissionsCents: Object.values(bySupplier).reduce((s, v) => s + v, 0),
        commissionsBySupplier: bySupplier,
      };
    });
  });
}

/** GET /api/admin/commissions: every procurement commission, newest first, with the tenant's name. */
export async function listCommissions(input: ListCommissionsInput) {
  return withSystemTx((tx) => listCommissionsPage(tx, input));
}

/** One page of commissions across tenants; `db` must see every tenant (the system role). */
export async function listCommissionsPage(db: DbOrTx, input: ListCommissionsInput) {
  const filters = [];
  if (input.supplier) filters.push(eq(procurementCommissions.supplier, input.supplier));
  if (input.cursor) filters.push(afterCursor(procurementCommissions.createdAt, procurementCommissions.id, parseCursor(input.cursor)));
  const rows = await db
    .select({ c: procurementCommissions, tenantName: tenants.name, at: cursorTimestamp(procurementCommissions.createdAt) })
    .from(procurementCommissions)
    .innerJoin(tenants, eq(tenants.id, procurementCommissions.tenantId))
    .where(and(...filters))
    .orderBy(desc(procurementCommissions.createdAt), desc(procurementCommissions.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ c, tenantName }) => ({
      id: c.id,
      tenantId: c.tenantId,
      tenantName,
      procurementId: c.procurementId,
      supplier: c.supplier,
      orderTotalCents: decimalToCents(c.orderTotal),
      commissionRate: c.commissionRate,
      commissionCents: decimalToCents(c.commissionAmount),
      currency: c.currency,
      invoiceId: c.invoiceId,
      createdAt: c.createdAt.toISOString(),
    })),
    nextCursor: rows.length > input.limit && last ? encodeCursor({ createdAt: last.at, id: last.c.id }) : null,
  };
}
