import { and, asc, desc, eq, exists, ilike, or, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { afterCursor, cursorKey, escapeLike, type KeysetOrder, orderByKeyset, paginate } from "@/db/keyset";
import { configurations, procurementEvents, procurementLineItems, procurements, users } from "@/db/schema";
import { type LineRow, type ProcurementRow, presentProcurementSummary } from "./present";
import type { ListProcurementsInput } from "./schemas";

/** One order, or null (also for another tenant's); `forUpdate` locks it until the transaction ends. */
export async function getProcurementRow(db: DbOrTx, tenantId: string, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db
    .select()
    .from(procurements)
    .where(and(eq(procurements.tenantId, tenantId), eq(procurements.id, id)));
  const [row] = options.forUpdate ? await query.for("update") : await query;
  return row ?? null;
}

export async function listLines(db: DbOrTx, tenantId: string, procurementId: string): Promise<LineRow[]> {
  return db
    .select()
    .from(procurementLineItems)
    .where(and(eq(procurementLineItems.tenantId, tenantId), eq(procurementLineItems.procurementId, procurementId)))
    .orderBy(asc(procurementLineItems.position));
}

/** The order's timeline, oldest first, with who made each change. */
export async function listEvents(db: DbOrTx, tenantId: string, procurementId: string) {
  return db
    .select({
      id: procurementEvents.id,
      fromStatus: procurementEvents.fromStatus,
      toStatus: procurementEvents.toStatus,
      source: procurementEvents.source,
      note: procurementEvents.note,
      data: procurementEvents.data,
      createdAt: procurementEvents.createdAt,
      actor: { id: users.id, name: users.name },
    })
    .from(procurementEvents)
    .leftJoin(users, eq(users.id, procurementEvents.actorUserId))
    .where(and(eq(procurementEvents.tenantId, tenantId), eq(procurementEvents.procurementId, procurementId)))
    .orderBy(asc(procurementEvents.createdAt), asc(procurementEvents.id));
}

/** The member's newest draft for a configuration, locked, or null. */
export async function findOpenDraft(db: DbOrTx, tenantId: string, configurationId: string, userId: string) {
  const [row] = await db
    .select()
    .from(procurements)
    .where(
      and(
        eq(procurements.tenantId, tenantId),
        eq(procurements.configurationId, configurationId),
        eq(procurements.createdByUserId, userId),
        eq(procurements.status, "draft"),
      ),
    )
    .orderBy(desc(procurements.createdAt))
    .limit(1)
    .for("update");
  return row ?? null;
}

/** The names the order pages show beside the ids: its configuration and its creator. */
export async function getProcurementNames(db: DbOrTx, tenantId: string, row: Pick<ProcurementRow, "configurationId" | "createdByUserId">) {
  const [names] = await db
    .select({ configurationName: configurations.name, createdByName: users.name })
    .from(configurations)
    .leftJoin(users, row.createdByUserId ? eq(users.id, row.createdByUserId) : sql`false`)
    .where(and(eq(configurations.tenantId, tenantId), eq(configurations.id, row.configurationId)));
  return { configurationName: names?.configurationName ?? null, createdByName: names?.createdByName ?? null };
}

const NEWEST: KeysetOrder = { key: procurements.createdAt, id: procurements.id, direction: "desc", keyType: "timestamptz" };

/**
 * Orders newest first, by status and configuration, searched by configuration name, SKU,
 * supplier order number or tracking number; keyset-paginated.
 */
export async function listProcurements(db: DbOrTx, tenantId: string, input: ListProcurementsInput) {
  const q = input.q ? `%${escapeLike(input.q)}%` : null;
  const filters: (SQL | undefined)[] = [
    eq(procurements.tenantId, tenantId),
    input.status ? eq(procurements.status, input.status) : undefined,
    input.configurationId ? eq(procurements.configurationId, input.configurationId) : undefined,
    q
      ? or(
          ilike(configurations.name, q),
          ilike(procurements.supplierOrderId, q),
          ilike(procurements.trackingNumber, q),
          exists(
            db
              .select({ one: sql`1` })
              .from(procurementLineItems)
              .where(
                and(
                  eq(procurementLineItems.tenantId, procurements.tenantId),
                  eq(procurementLineItems.procurementId, procurements.id),
                  ilike(procurementLineItems.actuatorSku, q),
                ),
              ),
          ),
        )
      : undefined,
  ];
  if (input.cursor) filters.push(afterCursor(NEWEST, input.cursor));
  const lines = sql<{ sku: string; qty: number }[]>`coalesce((
    select json_agg(json_build_object('sku', l.actuator_sku, 'qty', l.quantity) order by l.position)
    from ${procurementLineItems} l where l.tenant_id = ${procurements.tenantId} and l.procurement_id = ${procurements.id}
  ), '[]'::json)`;
  const rows = await db
    .select({
      row: procurements,
      configurationName: configurations.name,
      createdByName: users.name,
      lines,
      cursorKey: cursorKey(NEWEST),
    })
    .from(procurements)
    .innerJoin(configurations, and(eq(configurations.tenantId, procurements.tenantId), eq(configurations.id, procurements.configurationId)))
    .leftJoin(users, eq(users.id, procurements.createdByUserId))
    .where(and(...filters))
    .orderBy(...orderByKeyset(NEWEST))
    .limit(input.limit + 1);
  const page = paginate(rows, input.limit, (r) => ({ key: r.cursorKey, id: r.row.id }));
  return { ...page, items: page.items.map(presentProcurementSummary) };
}

/** How many procurements a tenant has, all time and per status. */
export async function countProcurementsByStatus(db: DbOrTx, tenantId: string) {
  const rows = await db
    .select({ status: procurements.status, count: sql<number>`count(*)::int` })
    .from(procurements)
    .where(eq(procurements.tenantId, tenantId))
    .groupBy(procurements.status);
  return { total: rows.reduce((sum, row) => sum + row.count, 0), byStatus: Object.fromEntries(rows.map((row) => [row.status, row.count])) };
}
