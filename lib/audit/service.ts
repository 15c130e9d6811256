import type { Tx } from "@/db/client";
import { auditLogs } from "@/db/schema";

/** Who did it and from where; carried from the request into every write. */
export type AuditContext = {
  tenantId: string;
  userId: string | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
};

export type AuditEntry = {
  action: string;
  resourceType: string;
  resourceId: string;
  changes?: Record<string, unknown>;
};

/** Written inside the transaction of the change it describes: both land or neither. */
export async function recordAudit(tx: Tx, ctx: AuditContext, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLogs).values({
    tenantId: ctx.tenantId,
    userId: ctx.userId,
    action: entry.action,
    resourceType: entry.resourceType,
    resourceId: entry.resourceId,
    changes: entry.changes ?? null,
    ipAddress: ctx.ip,
    userAgent: ctx.userAgent,
    requestId: ctx.requestId,
  });
}

/** Old → new for the fields that changed, for the `changes` column. */
export function diff<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, value] of Object.entries(after)) {
    if (value !== undefined && before[key] !== value) changes[key] = { from: before[key], to: value };
  }
  return changes;
}
