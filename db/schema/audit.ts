import { index, inet, jsonb, pgTable, primaryKey, text, uuid, varchar } from "drizzle-orm/pg-core";
import { createdAt, id, tenantId } from "./columns";
import { users } from "./identity";
import { tenants } from "./tenants";

export const auditLogs = pgTable(
  "audit_logs",
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: "cascade" }),
    id: id(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    action: varchar("action", { length: 50 }).notNull(),
    resourceType: varchar("resource_type", { length: 50 }).notNull(),
    resourceId: uuid("resource_id").notNull(),
    changes: jsonb("changes").$type<Record<string, unknown>>(),
    ipAddress: inet("ip_address"),
    userAgent: text("user_agent"),
    requestId: varchar("request_id", { length: 64 }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    // Newest first exactly as the list orders (DESC is NULLS FIRST), and the same per actor.
    index("audit_logs_tenant_created_idx").on(t.tenantId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("audit_logs_tenant_user_created_idx").on(t.tenantId, t.userId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("audit_logs_resource_idx").on(t.tenantId, t.resourceType, t.resourceId),
    // Usage analytics: one action's rows per day (exports).
    index("audit_logs_tenant_action_created_idx").on(t.tenantId, t.action, t.createdAt),
  ],
);
