import { sql } from "drizzle-orm";
import {
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { supplierEnum } from "./catalog";
import { createdAt, id, tenantId, updatedAt } from "./columns";
import { configurations } from "./configurations";
import { ORDER_TYPES, PROCUREMENT_PAYMENT_STATUSES, PROCUREMENT_STATUSES } from "./enums";
import { users } from "./identity";
import { tenants } from "./tenants";

export const procurementStatusEnum = pgEnum("procurement_status", PROCUREMENT_STATUSES);
export const orderTypeEnum = pgEnum("order_type", ORDER_TYPES);
export const procurementPaymentStatusEnum = pgEnum("procurement_payment_status", PROCUREMENT_PAYMENT_STATUSES);

const money = (name: string) => numeric(name, { precision: 12, scale: 2 });

/**
 * Spec §2.2: an order of actuators for a configuration. While it is a draft it is the cart
 * (its lines are `procurement_line_items`); `items` is the priced order as placed with the
 * supplier, frozen at checkout. Amounts are in `currency`. The ship-to address is asked for at
 * checkout, so a draft may not have one yet.
 */
export const procurements = pgTable(
  "procurements",
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: "cascade" }),
    id: id(),
    configurationId: uuid("configuration_id").notNull(),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    status: procurementStatusEnum("status").notNull().default("draft"),
    orderType: orderTypeEnum("order_type").notNull().default("sample"),
    items: jsonb("items").$type<unknown[]>().notNull().default([]),
    currency: varchar("currency", { length: 3 }).notNull().default("USD"),
    subtotal: money("subtotal").notNull().default("0"),
    tax: money("tax").notNull().default("0"),
    discountPct: numeric("discount_pct", { precision: 5, scale: 2 }).notNull().default("0"),
    discount: money("discount").notNull().default("0"),
    shipping: money("shipping").notNull().default("0"),
    total: money("total").notNull().default("0"),
    suppliersQuoted: jsonb("suppliers_quoted").$type<unknown[]>().notNull().default([]),
    quotedAt: timestamp("quoted_at", { withTimezone: true }),
    quotesExpireAt: timestamp("quotes_expire_at", { withTimezone: true }),
    selectedSupplier: supplierEnum("selected_supplier"),
    supplierOrderId: varchar("supplier_order_id", { length: 255 }),
    shipToAddress: jsonb("ship_to_address").$type<Record<string, string | undefined>>(),
    expectedDeliveryDate: date("expected_delivery_date"),
    carrier: varchar("carrier", { length: 100 }),
    trackingNumber: varchar("tracking_number", { length: 255 }),
    paymentStatus: procurementPaymentStatusEnum("payment_status").notNull().default("unpaid"),
    paymentId: uuid("payment_id"),
    stripePaymentIntentId: varchar("stripe_payment_intent_id", { length: 255 }),
    paidAt: timestamp("paid_at", { withTimezone: true }),
    // When the held amount is taken: at receipt, or at shipment when the delivery comes after
    // the card hold (7 days) would lapse. Decided at checkout, shown before paying.
    captureAt: varchar("capture_at", { length: 20 }),
    amountCaptured: money("amount_captured").notNull().default("0"),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    receivedQuantity: jsonb("received_quantity").$type<Record<string, number>>(),
    receiptNote: text("receipt_note"),
    decidedByUserId: uuid("decided_by_user_id").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decisionNote: text("decision_note"),
    receivedAt: timestamp("received_at", { withTimezone: true }),
    receivedByUserId: uuid("received_by_user_id").references(() => users.id, { onDelete: "set null" }),
    failureReason: text("failure_reason"),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    // Bumped by every write: a PUT names the version it edits, so two editors never overwrite each other.
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.configurationId],
      foreignColumns: [configurations.tenantId, configurations.id],
      name: "procurements_configuration_fk",
    }),
    index("procurements_tenant_created_idx").on(t.tenantId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("procurements_tenant_status_created_idx").on(t.tenantId, t.status, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("procurements_configuration_idx").on(t.tenantId, t.configurationId),
    unique("procurements_supplier_order_key").on(t.selectedSupplier, t.supplierOrderId),
  ],
);

/** Spec §2.2: the order's lines; the unit price is the selected quote's, or the catalog's until one is chosen. */
export const procurementLineItems = pgTable(
  "procurement_line_items",
  {
    tenantId: tenantId(),
    id: id(),
    procurementId: uuid("procurement_id").notNull(),
    actuatorSku: varchar("actuator_sku", { length: 64 }).notNull(),
    quantity: integer("quantity").notNull(),
    unitPrice: numeric("unit_price", { precision: 10, scale: 2 }).notNull(),
    supplier: supplierEnum("supplier").notNull(),
    position: integer("position").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique("procurement_line_items_sku_key").on(t.tenantId, t.procurementId, t.actuatorSku),
    foreignKey({
      columns: [t.tenantId, t.procurementId],
      foreignColumns: [procurements.tenantId, procurements.id],
      name: "procurement_line_items_procurement_fk",
    }).onDelete("cascade"),
  ],
);

/**
 * The order's timeline: every status change and decision, who or what made it (a member, the
 * supplier, the payment, the system) and when. Written in the transaction of the change.
 */
export const procurementEvents = pgTable(
  "procurement_events",
  {
    tenantId: tenantId(),
    id: id(),
    procurementId: uuid("procurement_id").notNull(),
    fromStatus: procurementStatusEnum("from_status"),
    toStatus: procurementStatusEnum("to_status").notNull(),
    source: varchar("source", { length: 20 }).notNull(),
    actorUserId: uuid("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    note: text("note"),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index("procurement_events_timeline_idx").on(t.tenantId, t.procurementId, t.createdAt),
    foreignKey({
      columns: [t.tenantId, t.procurementId],
      foreignColumns: [procurements.tenantId, procurements.id],
      name: "procurement_events_procurement_fk",
    }).onDelete("cascade"),
  ],
);
