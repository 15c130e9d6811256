import { and, eq, ilike, or, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { afterCursor, cursorKey, escapeLike, type KeysetOrder, orderByKeyset, paginate } from "@/db/keyset";
import { tenants } from "@/db/schema";
import { withSystemTx } from "@/db/tenant";
import type { ListTenantsInput } from "./schemas";

// Every organization on AeroSpec, as staff see it: cross-tenant by nature, so the system role.

const NEWEST_FIRST: KeysetOrder = { key: tenants.createdAt, id: tenants.id, direction: "desc", keyType: "timestamptz" };

/** GET /api/admin/tenants: every organization with plan, status, seats and current MRR. */
export async function listTenantsForStaff(input: ListTenantsInput) {
  return withSystemTx((tx) => listStaffTenantsPage(tx, input));
}

/** One page of the staff list, newest first; `db` must see every tenant (the system role). */
export async function listStaffTenantsPage(db: DbOrTx, input: ListTenantsInput) {
  const filters = [];
  if (input.q) filters.push(or(ilike(tenants.name, `%${escapeLike(input.q)}%`), ilike(tenants.slug, `%${escapeLike(input.q)}%`)));
  if (input.plan) filters.push(eq(tenants.plan, input.plan));
  if (input.status) filters.push(eq(tenants.subscriptionStatus, input.status));
  if (input.cursor) filters.push(afterCursor(NEWEST_FIRST, input.cursor));
  const rows = await db
    .select({
      id: tenants.id,
      name: tenants.name,
      slug: tenants.slug,
      plan: tenants.plan,
      status: tenants.subscriptionStatus,
      trialEndsAt: tenants.trialEndsAt,
      createdAt: tenants.createdAt,
      cursorKey: cursorKey(NEWEST_FIRST),
      // Written out in full: inside a one-table select Drizzle leaves column names unqualified.
      members: sql<number>`(select count(*)::int from memberships m where m.tenant_id = tenants.id)`,
      mrrCents: sql<string>`coalesce((select mm.mrr_cents from mrr_movements mm where mm.tenant_id = tenants.id
        order by mm.occurred_at desc, mm.created_at desc limit 1), 0)::text`,
    })
    .from(tenants)
    .where(and(...filters))
    .orderBy(...orderByKeyset(NEWEST_FIRST))
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
