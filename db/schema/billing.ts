import {
  bigint,
  boolean,
  foreignKey,
  index,
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
import { createdAt, id, tenantId, updatedAt } from "./columns";
import { INVOICE_STATUSES } from "./enums";
import { planEnum, subscriptionStatusEnum, tenants } from "./tenants";

export const paymentStatusEnum = pgEnum("payment_status", [
  "requires_payment",
  "requires_capture",
  "processing",
  "succeeded",
  "canceled",
  "failed",
]);
export const invoiceStatusEnum = pgEnum("invoice_status", INVOICE_STATUSES);
export const mrrMovementKindEnum = pgEnum("mrr_movement_kind", ["new", "expansion", "contraction", "churn", "reactivation"]);

const money = (name: string) => numeric(name, { precision: 12, scale: 2 });

/**
 * Spec §3.2: the tenant's Stripe subscription as last read from Stripe. Written only by
 * webhook processing (system role); `stripe_synced_at` is the Stripe event time of the state
 * stored, so an older event never overwrites a newer state.
 */
export const billingSubscriptions = pgTable(
  "billing_subscriptions",
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: "cascade" }),
    id: id(),
    stripeCustomerId: varchar("stripe_customer_id", { length: 255 }).notNull().unique(),
    stripeSubscriptionId: varchar("stripe_subscription_id", { length: 255 }).unique(),
    stripePriceId: varchar("stripe_price_id", { length: 255 }),
    plan: planEnum("plan").notNull(),
    status: subscriptionStatusEnum("status").notNull().default("active"),
    currentPeriodStart: timestamp("current_period_start", { withTimezone: true }).notNull(),
    currentPeriodEnd: timestamp("current_period_end", { withTimezone: true }).notNull(),
    cancelAtPeriodEnd: boolean("cancel_at_period_end").notNull().default(false),
    monthlyAmountCents: bigint("monthly_amount_cents", { mode: "number" }).notNull().default(0),
    currency: varchar("currency", { length: 3 }).notNull().default("usd"),
    // When Stripe created the subscription: a late event about a replaced one is ignored.
    stripeCreatedAt: timestamp("stripe_created_at", { withTimezone: true }).notNull(),
    stripeSyncedAt: timestamp("stripe_synced_at", { withTimezone: true }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    canceledAt: timestamp("canceled_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), unique("billing_subscriptions_tenant_key").on(t.tenantId)],
);

/** Spec §3.2: invoices mirrored from Stripe; the PDF is rendered from this row. */
export type InvoiceLine = {
  description: string;
  amountCents: number;
  periodStart: string | null;
  periodEnd: string | null;
  proration: boolean;
};

export const invoices = pgTable(
  "invoices",
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: "cascade" }),
    id: id(),
    stripeInvoiceId: varchar("stripe_invoice_id", { length: 255 }).notNull().unique(),
    stripeSubscriptionId: varchar("stripe_subscription_id", { length: 255 }),
    number: varchar("number", { length: 100 }),
    billingReason: varchar("billing_reason", { length: 50 }),
    invoiceDate: timestamp("invoice_date", { withTimezone: true }).notNull(),
    dueDate: timestamp("due_date", { withTimezone: true }).notNull(),
    periodStart: timestamp("period_start", { withTimezone: true }),
    periodEnd: timestamp("period_end", { withTimezone: true }),
    subscriptionAmount: money("subscription_amount"),
    procurementCommissions: money("procurement_commissions"),
    creditsApplied: money("credits_applied").notNull().default("0"),
    subtotal: money("subtotal").notNull(),
    tax: money("tax").notNull().default("0"),
    total: money("total").notNull(),
    amountPaid: money("amount_paid").notNull().default("0"),
    amountDue: money("amount_due").notNull().default("0"),
    currency: varchar("currency", { length: 3 }).notNull().default("usd"),
    status: invoiceStatusEnum("status").notNull().default("draft"),
    paidAt: timestamp("paid_at", { withTimezone: true }),
    pdfUrl: text("pdf_url"),
    hostedInvoiceUrl: text("hosted_invoice_url"),
    memo: text("memo"),
    // Stripe's lines as the PDF lists them: what each bills (plan, period, proration), in cents.
    lines: jsonb("lines").$type<InvoiceLine[]>().notNull().default([]),
    stripeSyncedAt: timestamp("stripe_synced_at", { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index("invoices_tenant_date_idx").on(t.tenantId, t.invoiceDate.desc().nullsFirst(), t.id.desc().nullsFirst()),
  ],
);

/**
 * Spec §3.2: AeroSpec's margin on a paid procurement order. The procurement module writes
 * these when an order's payment succeeds; a job adds each to the tenant's next Stripe invoice
 * as an invoice item, and the invoice's sync links it back (`invoice_id`).
 */
export const procurementCommissions = pgTable(
  "procurement_commissions",
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: "cascade" }),
    id: id(),
    procurementId: uuid("procurement_id").notNull(),
    supplier: varchar("supplier", { length: 100 }).notNull(),
    orderTotal: money("order_total").notNull(),
    commissionRate: numeric("commission_rate", { precision: 5, scale: 2 }).notNull(),
    commissionAmount: money("commission_amount").notNull(),
    currency: varchar("currency", { length: 3 }).notNull().default("usd"),
    invoiceId: uuid("invoice_id"),
    // The pending Stripe invoice item that bills it on the tenant's next invoice.
    stripeInvoiceItemId: varchar("stripe_invoice_item_id", { length: 255 }).unique(),
    // What the Stripe invoice items for it add up to; a refund lowers the commission below it.
    billedAmount: money("billed_amount").notNull().default("0"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique("procurement_commissions_procurement_key").on(t.tenantId, t.procurementId),
    foreignKey({ columns: [t.tenantId, t.invoiceId], foreignColumns: [invoices.tenantId, invoices.id] }),
    // The staff list, newest first across tenants; also the revenue report's date ranges.
    index("procurement_commissions_created_idx").on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
  ],
);

/**
 * Every change of a tenant's monthly recurring revenue, for the platform revenue report:
 * the MRR after the change and before it. Written with the subscription change it describes.
 */
export const mrrMovements = pgTable(
  "mrr_movements",
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: "cascade" }),
    id: id(),
    kind: mrrMovementKindEnum("kind").notNull(),
    plan: planEnum("plan").notNull(),
    status: subscriptionStatusEnum("status").notNull(),
    mrrCents: bigint("mrr_cents", { mode: "number" }).notNull(),
    previousMrrCents: bigint("previous_mrr_cents", { mode: "number" }).notNull(),
    currency: varchar("currency", { length: 3 }).notNull().default("usd"),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    stripeEventId: varchar("stripe_event_id", { length: 255 }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index("mrr_movements_occurred_idx").on(t.occurredAt),
    // A tenant's current MRR is its latest movement (the staff tenants list).
    index("mrr_movements_tenant_latest_idx").on(t.tenantId, t.occurredAt.desc().nullsFirst(), t.createdAt.desc().nullsFirst()),
  ],
);

/**
 * One-off payments through Stripe (procurement orders): the payment intent's state as last
 * read from Stripe, kept in step by webhooks. `reference` names what is being paid for.
 */
export const payments = pgTable(
  "payments",
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: "cascade" }),
    id: id(),
    reference: varchar("reference", { length: 255 }).notNull(),
    stripeCheckoutSessionId: varchar("stripe_checkout_session_id", { length: 255 }).unique(),
    stripePaymentIntentId: varchar("stripe_payment_intent_id", { length: 255 }).unique(),
    captureMethod: varchar("capture_method", { length: 20 }).notNull().default("automatic"),
    status: paymentStatusEnum("status").notNull().default("requires_payment"),
    amount: money("amount").notNull(),
    amountCaptured: money("amount_captured").notNull().default("0"),
    amountRefunded: money("amount_refunded").notNull().default("0"),
    currency: varchar("currency", { length: 3 }).notNull().default("usd"),
    failureMessage: text("failure_message"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index("payments_reference_idx").on(t.tenantId, t.reference)],
);

/**
 * Global: every Stripe event applied, so a redelivered event has no second effect. The row
 * is inserted in the same transaction as the event's effects.
 */
export const stripeEvents = pgTable(
  "stripe_events",
  {
    id: varchar("id", { length: 255 }).primaryKey(),
    type: varchar("type", { length: 100 }).notNull(),
    stripeCreatedAt: timestamp("stripe_created_at", { withTimezone: true }).notNull(),
    tenantId: uuid("tenant_id"),
    processedAt: timestamp("processed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("stripe_events_processed_idx").on(t.processedAt)],
);

/** Metered usage per tenant and period (API calls per month, exports per day). */
export const usageCounters = pgTable(
  "usage_counters",
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: "cascade" }),
    metric: varchar("metric", { length: 50 }).notNull(),
    periodStart: timestamp("period_start", { withTimezone: true }).notNull(),
    count: bigint("count", { mode: "number" }).notNull().default(0),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.metric, t.periodStart] })],
);
