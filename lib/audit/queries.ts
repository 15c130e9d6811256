import { and, desc, eq, gte, like, lt, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { auditLogs, users } from "@/db/schema";
import { AppError } from "@/lib/http/errors";
import type { ListAuditLogsInput } from "./schemas";

type Cursor = { createdAt: string; id: string };

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.createdAt}|${cursor.id}`).toString("base64url");
}

function decodeCursor(value: string): Cursor {
  const [createdAt, id] = Buffer.from(value, "base64url").toString("utf8").split("|");
  if (!createdAt || !id || Number.isNaN(Date.parse(createdAt)) || !/^[0-9a-f-]{36}$/.test(id)) {
    throw new AppError("validation_failed", "The cursor is not valid", { details: [{ path: "cursor", message: "Not valid" }] });
  }
  return { createdAt, id };
}

/** Newest first, keyset-paginated on (created_at, id). */
export async function listAuditLogs(db: DbOrTx, tenantId: string, input: ListAuditLogsInput) {
  const filters: (SQL | undefined)[] = [eq(auditLogs.tenantId, tenantId)];
  if (input.actor) filters.push(eq(auditLogs.userId, input.actor));
  if (input.action) filters.push(like(auditLogs.action, `${input.action.replace(/[%_]/g, "\\$&")}%`));
  if (input.from) filters.push(gte(auditLogs.createdAt, new Date(`${input.from}T00:00:00Z`)));
  if (input.to) filters.push(lt(auditLogs.createdAt, sql`(${input.to}::date + 1)::timestamptz`));
  if (input.cursor) {
    const c = decodeCursor(input.cursor);
    const at = sql`${c.createdAt}::timestamptz`;
    filters.push(or(lt(auditLogs.createdAt, at), and(eq(auditLogs.createdAt, at), lt(auditLogs.id, c.id))));
  }
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
      createdAtText: sql<string>`to_char(${auditLogs.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
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

export async function listAuditActions(db: DbOrTx, tenantId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ action: auditLogs.action })
    .from(auditLogs)
    .where(eq(auditLogs.tenantId, tenantId))
    .orderBy(auditLogs.action);
  return rows.map((r) => r.action);
}
