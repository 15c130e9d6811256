import { sql } from "drizzle-orm";
import { index, integer, pgEnum, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";

export const emailStatusEnum = pgEnum("email_status", ["pending", "sent", "failed"]);

/**
 * Outgoing email, written in the same transaction as the change that causes it and sent
 * afterwards. Tenant-tagged rows are readable only in that tenant's context; platform
 * mail (password resets) has no tenant.
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid("tenant_id"),
    kind: varchar("kind", { length: 50 }).notNull(),
    toAddress: varchar("to_address", { length: 255 }).notNull(),
    subject: varchar("subject", { length: 255 }).notNull(),
    text: text("text").notNull(),
    html: text("html"),
    status: emailStatusEnum("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index("email_outbox_pending_idx").on(t.status, t.createdAt),
    index("email_outbox_to_idx").on(sql`lower(${t.toAddress})`, t.createdAt),
  ],
);
