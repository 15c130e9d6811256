import { isDeepStrictEqual } from "node:util";
import type { Tx } from "@/db/client";
import { auditLogs } from "@/db/schema";
import type { AuditAction } from "./actions";

/** Who did it and from where; carried from the request into every write. */
export type AuditContext = {
  tenantId: string;
  userId: string | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  /** The API key the change was made with, when not in a browser session. */
  apiKey?: { name: string; prefix: string } | null;
};

export type NewAuditEntry = {
  action: AuditAction;
  resourceType: string;
  resourceId: string;
  changes?: Record<string, unknown>;
};

/** Written inside the transaction of the change it describes: both land or neither. */
export async function recordAudit(tx: Tx, ctx: AuditContext, entry: NewAuditEntry): Promise<void> {
  await tx.insert(auditLogs).values({
    tenantId: ctx.tenantId,
    userId: ctx.userId,
    action: entry.action,
    resourceType: entry.resourceType,
    resourceId: entry.resourceId,
    changes: ctx.apiKey ? { ...entry.changes, viaApiKey: `${ctx.apiKey.name} (${ctx.apiKey.prefix}…)` } : (entry.changes ?? null),
    ipAddress: ctx.ip,
    userAgent: ctx.userAgent,
    requestId: ctx.requestId,
  });
}

export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

/**
 * Old → new for the fields of `after` that changed (compared by value, so nested objects and
 * arrays count as changed only when their contents differ), for audit `changes` and version diffs.
 */
export function diff<T extends object>(before: T, after: Partial<T>): FieldChanges {
  const changes: FieldChanges = {};
  for (const key of Object.keys(after) as (keyof T & string)[]) {
    const value = after[key];
    if (value !== undefined && !isDeepStrictEqual(before[key], value)) changes[key] = { from: before[key], to: value };
  }
  return changes;
}
