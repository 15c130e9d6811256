import { sql } from "drizzle-orm";
import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";

/**
 * Work a change asks for (an order to place with a supplier, a payment to follow up), written
 * in the transaction of the change and handed to the job queue after it commits: nothing is
 * lost when a process dies between the commit and the call. Tenant rows are visible only in
 * their tenant's context; rows without a tenant come from system work (webhooks).
 */
export const outbox = pgTable(
  "outbox",
  {
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    tenantId: uuid("tenant_id"),
    topic: varchar("topic", { length: 100 }).notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
    dispatchedAt: timestamp("dispatched_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.id] }), index("outbox_pending_idx").on(t.createdAt).where(sql`${t.dispatchedAt} is null`)],
);

/** Global: every supplier callback applied, so a redelivered one has no second effect. */
export const supplierEvents = pgTable(
  "supplier_events",
  {
    supplier: varchar("supplier", { length: 20 }).notNull(),
    eventId: varchar("event_id", { length: 255 }).notNull(),
    orderId: varchar("order_id", { length: 255 }).notNull(),
    outcome: text("outcome").notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.supplier, t.eventId] })],
);
