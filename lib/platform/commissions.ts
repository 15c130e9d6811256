import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { afterCursor, cursorKey, type KeysetOrder, orderByKeyset, paginate } from "@/db/keyset";
import { procurementCommissions, tenants } from "@/db/schema";
import { withSystemTx } from "@/db/tenant";
import { decimalToCents } from "@/lib/billing/money";
import type { staffCommissionPageSchema } from "./response-schemas";
import type { ListCommissionsInput } from "./schemas";

// AeroSpec's commission on every procurement order, across tenants (staff only): system role.

const NEWEST_FIRST: KeysetOrder = {
  key: procurementCommissions.createdAt,
  id: procurementCommissions.id,
  direction: "desc",
  keyType: "timestamptz",
};

/** GET /api/admin/commissions: every procurement commission, newest first, with the tenant's name. */
export async function listCommissions(input: ListCommissionsInput) {
  return withSystemTx((tx) => listCommissionsPage(tx, input));
}

/** One page of commissions across tenants; `db` must see every tenant (the system role). */
export async function listCommissionsPage(db: DbOrTx, input: ListCommissionsInput): Promise<z.input<typeof staffCommissionPageSchema>> {
  const filters = [];
  if (input.supplier) filters.push(eq(procurementCommissions.supplier, input.supplier));
  if (input.cursor) filters.push(afterCursor(NEWEST_FIRST, input.cursor));
  const rows = await db
    .select({ c: procurementCommissions, tenantName: tenants.name, cursorKey: cursorKey(NEWEST_FIRST) })
    .from(procurementCommissions)
    .innerJoin(tenants, eq(tenants.id, procurementCommissions.tenantId))
    .where(and(...filters))
    .orderBy(...orderByKeyset(NEWEST_FIRST))
    .limit(input.limit + 1);
  const page = paginate(rows, input.limit, (r) => ({ key: r.cursorKey, id: r.c.id }));
  return {
    ...page,
    items: page.items.map(({ c, tenantName }) => ({
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
  };
}
