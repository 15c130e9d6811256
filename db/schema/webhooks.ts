import { boolean, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { createdAt, id, tenantId, updatedAt } from "./columns";
import { users } from "./identity";
import { tenants } from "./tenants";

/**
 * Where an organization wants to hear about its events (spec §7.2). The signing secret is
 * needed again at every send, so it is stored encrypted (AES-256-GCM, lib/webhooks/secret.ts),
 * never in the clear, and shown once. After a rotation the previous secret still signs until
 * `previous_secret_expires_at`, so a receiver can switch without missing a delivery.
 */
export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: "cascade" }),
    id: id(),
    url: varchar("url", { length: 2048 }).notNull(),
    description: varchar("description", { length: 200 }),
    eventTypes: text("event_types").array().notNull(),
    enabled: boolean("enabled").notNull().default(true),
    secretCiphertext: text("secret_ciphertext").notNull(),
    previousSecretCiphertext: text("previous_secret_ciphertext"),
    previousSecretExpiresAt: timestamp("previous_secret_expires_at", { withTimezone: true }),
    // The first failed attempt since the last success: failing for the whole window disables it.
    failingSince: timestamp("failing_since", { withTimezone: true }),
    disabledReason: varchar("disabled_reason", { length: 200 }),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index("webhook_endpoints_tenant_created_idx").on(t.tenantId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
  ],
);

/**
 * One event sent (or to send) to one endpoint, with its last attempt. `event_id` is the
 * `webhook-id` header: the same for every attempt and redelivery, so a receiver can deduplicate.
 */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    tenantId: tenantId(),
    id: id(),
    endpointId: uuid("endpoint_id").notNull(),
    eventId: uuid("event_id").notNull(),
    eventType: varchar("event_type", { length: 100 }).notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    status: varchar("status", { length: 20, enum: ["pending", "succeeded", "failed"] })
      .notNull()
      .default("pending"),
    attempts: integer("attempts").notNull().default(0),
    responseStatus: integer("response_status"),
    responseExcerpt: text("response_excerpt"),
    latencyMs: integer("latency_ms"),
    error: varchar("error", { length: 500 }),
    createdAt: createdAt(),
    lastAttemptAt: timestamp("last_attempt_at", { withTimezone: true }),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.endpointId],
      foreignColumns: [webhookEndpoints.tenantId, webhookEndpoints.id],
      name: "webhook_deliveries_endpoint_fk",
    }).onDelete("cascade"),
    // The delivery log of one endpoint, newest first.
    index("webhook_deliveries_endpoint_created_idx").on(
      t.tenantId,
      t.endpointId,
      t.createdAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
  ],
);
