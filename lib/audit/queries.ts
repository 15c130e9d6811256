import { and, eq, gte, like, lt, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { afterCursor, cursorKey, escapeLike, type KeysetOrder, orderByKeyset, paginate } from "@/db/keyset";
import { auditLogs, users } from "@/db/schema";
import type { auditLogPageSchema } from "./response-schemas";
import type { ListAuditLogsInput } from "./schemas";

const NEWEST_FIRST: KeysetOrder = { key: auditLogs.createdAt, id: auditLogs.id, direction: "desc", keyType: "timestamptz" };

/** Newest first, keyset-paginated on (created_at, id). */
export async function listAuditLogs(db: DbOrTx, tenantId: string, input: ListAuditLogsInput): Promise<z.input<typeof auditLogPageSchema>> {
  const filters: (SQL | undefined)[] = [eq(auditLogs.tenantId, tenantId)];
  if (input.actor) filters.push(eq(auditLogs.userId, input.actor));
  if (input.action) filters.push(like(auditLogs.action, `${escapeLike(input.action)}%`));
  if (input.from) filters.push(gte(auditLogs.createdAt, new Date(`${input.from}T00:00:00Z`)));
  if (input.to) filters.push(lt(auditLogs.createdAt, sql`(${input.to}::date + 1)::timestamptz`));
  if (input.cursor) filters.push(afterCursor(NEWEST_FIRST, input.cursor));
  const rows = await db
    .select({
      id: auditLogs.id,
      action: auditLogs.action,
      resourceType: auditLogs.resourceType,
      resourceId: auditLogs.resourceId,
      changes: auditLogs.changes,
      ipAddress: auditLogs.ipAddress,
      userAgent: auditLogs.userAgent,
      requestId: auditLogs.requestId,
      createdAt: auditLogs.createdAt,
      cursorKey: cursorKey(NEWEST_FIRST),
      actor: { id: users.id, name: users.name, email: users.email },
    })
    .from(auditLogs)
    .leftJoin(users, eq(users.id, auditLogs.userId))
    .where(and(...filters))
    .orderBy(...orderByKeyset(NEWEST_FIRST))
    .limit(input.limit + 1);
  const page = paginate(rows, input.limit, (row) => ({ key: row.cursorKey, id: row.id }));
  return { ...page, items: page.items.map(({ cursorKey: _k, actor, ...row }) => ({ ...row, actor: actor?.id ? actor : null })) };
}
export type AuditLogPage = Awaited<ReturnType<typeof listAuditLogs>>;
