import { sql } from "drizzle-orm";
import {
  boolean,
  foreignKey,
  index,
  inet,
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
import { createdAt, id, tenantId, updatedAt } from "./columns";
import { MEMBER_ROLES, PLANS, SUBSCRIPTION_STATUSES } from "./enums";
import { users } from "./identity";

export const planEnum = pgEnum("plan", PLANS);
export const subscriptionStatusEnum = pgEnum("subscription_status", SUBSCRIPTION_STATUSES);
export const memberRoleEnum = pgEnum("member_role", MEMBER_ROLES);

/** The tenant root. Row-level security limits it to the tenant in context. */
export const tenants = pgTable(
  "tenants",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    name: varchar("name", { length: 255 }).notNull(),
    slug: varchar("slug", { length: 100 }).notNull().unique(),
    plan: planEnum("plan").notNull().default("starter"),
    subscriptionStatus: subscriptionStatusEnum("subscription_status").notNull().default("trialing"),
    stripeCustomerId: varchar("stripe_customer_id", { length: 255 }).unique(),
    stripeSubscriptionId: varchar("stripe_subscription_id", { length: 255 }),
    trialEndsAt: timestamp("trial_ends_at", { withTimezone: true }),
    billingEmail: varchar("billing_email", { length: 255 }),
    ownerUserId: uuid("owner_user_id").references(() => users.id, { onDelete: "set null" }),
    features: jsonb("features").$type<Record<string, boolean>>().notNull().default({}),
    // Orders above this total (USD) placed by a non-admin wait for an admin's approval; null: none do.
    procurementApprovalThreshold: numeric("procurement_approval_threshold", { precision: 12, scale: 2 }),
    // Lab results count toward the anonymised cross-tenant aggregates and the global calibration.
    // Off: the tenant's results are in neither (nor in training data); its own calibration stays.
    shareFeedback: boolean("share_feedback").notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // The staff list of every organization: newest first, searchable by name or slug.
  (t) => [
    index("tenants_created_idx").on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("tenants_search_idx").using("gin", t.name.op("gin_trgm_ops"), t.slug.op("gin_trgm_ops")),
  ],
);

export const memberships = pgTable(
  "memberships",
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: "cascade" }),
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: memberRoleEnum("role").notNull().default("user"),
    // Bumped on role change so sessions pick up the change on their next request.
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique("memberships_tenant_user_key").on(t.tenantId, t.userId),
    index("memberships_user_idx").on(t.userId),
  ],
);

export const invitations = pgTable(
  "invitations",
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: "cascade" }),
    id: id(),
    email: varchar("email", { length: 255 }).notNull(),
    role: memberRoleEnum("role").notNull().default("user"),
    tokenHash: varchar("token_hash", { length: 64 }).notNull().unique(),
    invitedByUserId: uuid("invited_by_user_id").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    lastSentAt: timestamp("last_sent_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index("invitations_tenant_email_idx").on(t.tenantId, sql`lower(${t.email})`)],
);

/** Sign-in sessions, for login analytics and sign-out bookkeeping. */
export const sessions = pgTable(
  "sessions",
  {
    tenantId: tenantId(),
    id: id(),
    userId: uuid("user_id").notNull(),
    ipAddress: inet("ip_address"),
    userAgent: text("user_agent"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    lastActivityAt: timestamp("last_activity_at", { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.userId],
      foreignColumns: [memberships.tenantId, memberships.userId],
      name: "sessions_membership_fk",
    }).onDelete("cascade"),
    index("sessions_tenant_user_idx").on(t.tenantId, t.userId, t.startedAt),
  ],
);
