import { and, eq, ilike, or, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { afterCursor, cursorKey, escapeLike, type KeysetOrder, orderByKeyset, paginate } from "@/db/keyset";
import { tenants } from "@/db/schema";
import { withSystemTx } from "@/db/tenant";
import type { staffTenantPageSchema } from "./response-schemas";
import type { ListTenantsInput, StaffTenantSort } from "./schemas";

// Every organization on AeroSpec, as staff see it: cross-tenant by nature, so the system role.

// Written out in full: inside a one-table select Drizzle leaves column names unqualified.
const MEMBERS = sql<number>`(select count(*)::int from memberships m where m.tenant_id = tenants.id)`;
const MRR_CENTS = sql<number>`coalesce((select mm.mrr_cents from mrr_movements mm where mm.tenant_id = tenants.id
  order by mm.occurred_at desc, mm.created_at desc limit 1), 0)`;

/** A count as text that sorts like the number (zero-padded, byte order), for a keyset cursor. */
const sortableCount = (count: SQL) => sql`(lpad((${count})::text, 15, '0') collate "C")`;

const ORDERS: Record<StaffTenantSort, KeysetOrder> = {
  newest: { key: tenants.createdAt, id: tenants.id, direction: "desc", keyType: "timestamptz" },
  oldest: { key: tenants.createdAt, id: tenants.id, direction: "asc", keyType: "timestamptz" },
  name: { key: sql`(${tenants.name} collate "C")`, id: tenants.id, direction: "asc", keyType: "text" },
  members: { key: sortableCount(MEMBERS), id: tenants.id, direction: "desc", keyType: "text" },
  mrr: { key: sortableCount(MRR_CENTS), id: tenants.id, direction: "desc", keyType: "text" },
};

/** GET /api/admin/tenants: every organization with plan, status, seats and current MRR. */
export async function listTenantsForStaff(input: ListTenantsInput) {
  return withSystemTx((tx) => listStaffTenantsPage(tx, input));
}

/** One page of the staff list in the order asked for; `db` must see every tenant (the system role). */
export async function listStaffTenantsPage(db: DbOrTx, input: ListTenantsInput): Promise<z.input<typeof staffTenantPageSchema>> {
  const order = ORDERS[input.sort ?? "newest"];
  const filters = [];
  if (input.q) filters.push(or(ilike(tenants.name, `%${escapeLike(input.q)}%`), ilike(tenants.slug, `%${escapeLike(input.q)}%`)));
  if (input.plan) filters.push(eq(tenants.plan, input.plan));
  if (input.status) filters.push(eq(tenants.subscriptionStatus, input.status));
  if (input.cursor) filters.push(afterCursor(order, input.cursor));
  const rows = await db
    .select({
      id: tenants.id,
      name: tenants.name,
      slug: tenants.slug,
      plan: tenants.plan,
      status: tenants.subscriptionStatus,
      trialEndsAt: tenants.trialEndsAt,
      createdAt: tenants.createdAt,
      cursorKey: cursorKey(order),
      members: MEMBERS,
      mrrCents: sql<string>`(${MRR_CENTS})::text`,
    })
    .from(tenants)
    .where(and(...filters))
    .orderBy(...orderByKeyset(order))
    .limit(input.limit + 1);
  const page = paginate(rows, input.limit, (tenant) => ({ key: tenant.cursorKey, id: tenant.id }));
  return {
    ...page,
    items: page.items.map((tenant) => ({
      id: tenant.id,
      name: tenant.name,
      slug: tenant.slug,
      plan: tenant.plan,
      status: tenant.status,
      trialEndsAt: tenant.trialEndsAt?.toISOString() ?? null,
      members: tenant.members,
      mrrCents: Number(tenant.mrrCents),
      createdAt: tenant.createdAt.toISOString(),
    })),
  };
}
