import { and, desc, eq, gte, like, lt, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { afterCursor, cursorTimestamp, encodeCursor, escapeLike } from "@/db/keyset";
import { auditLogs, users } from "@/db/schema";
import { parseCursor } from "@/lib/http/cursor";
import type { ListAuditLogsInput } from "./schemas";

/** Newest first, keyset-paginated on (created_at, id). */
export async function listAuditLogs(db: DbOrTx, tenantId: string, input: ListAuditLogsInput) {
  const filters: (SQL | undefined)[] = [eq(auditLogs.tenantId, tenantId)];
  if (input.actor) filters.push(eq(auditLogs.userId, input.actor));
  if (input.action) filters.push(like(auditLogs.action, `${escapeLike(input.action)}%`));
  if (input.from) filters.push(gte(auditLogs.createdAt, new Date(`${input.from}T00:00:00Z`)));
  if (input.to) filters.push(lt(auditLogs.createdAt, sql`(${input.to}::date + 1)::timestamptz`));
  if (input.cursor) filters.push(afterCursor(auditLogs.createdAt, auditLogs.id, parseCursor(input.cursor)));
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
      createdAtText: cursorTimestamp(auditLogs.createdAt),
      actor: { id: users.id, name: users.name, email: users.email },
    })
    .from(auditLogs)
    .leftJoin(users, eq(users.id, auditLogs.userId))
    .where(and(...filters))
    .orderBy(desc(auditLogs.createdAt), desc(auditLogs.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const nextCursor = rows.length > input.limit && last ? encodeCursor({ createdAt: last.createdAtText, id: last.id }) : null;
  return {
    items: page.map(({ createdAtText: _t, actor, ...row }) => ({ ...row, actor: actor?.id ? actor : null })),
    nextCursor,
  };
}
export type AuditLogPage = Awaited<ReturnType<typeof listAuditLogs>>;
