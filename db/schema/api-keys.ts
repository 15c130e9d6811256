import { bigint, date, foreignKey, index, pgEnum, pgTable, primaryKey, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { createdAt, id, tenantId } from "./columns";
import { API_KEY_REVOCATION_REASONS } from "./enums";
import { users } from "./identity";
import { tenants } from "./tenants";

export const apiKeyRevocationReasonEnum = pgEnum("api_key_revocation_reason", API_KEY_REVOCATION_REASONS);

/**
 * Spec §7.1: keys machines call the API with. Only the SHA-256 of the secret is stored (the
 * secret is shown once, at creation); `prefix` is its first characters, for people to tell keys
 * apart. A key acts as its creator: its scopes are narrowed to the creator's role on every
 * request, and it is revoked when the creator leaves the organization.
 */
export const apiKeys = pgTable(
  "api_keys",
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: "cascade" }),
    id: id(),
    name: varchar("name", { length: 100 }).notNull(),
    prefix: varchar("prefix", { length: 32 }).notNull(),
    // Looked up before the tenant is known (the request carries only the secret): unique across tenants.
    secretHash: varchar("secret_hash", { length: 64 }).notNull().unique(),
    scopes: text("scopes").array().notNull(),
    createdByUserId: uuid("created_by_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedByUserId: uuid("revoked_by_user_id").references(() => users.id, { onDelete: "set null" }),
    revocationReason: apiKeyRevocationReasonEnum("revocation_reason"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    // The settings list: newest first, for the whole tenant or one creator.
    index("api_keys_tenant_created_idx").on(t.tenantId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("api_keys_tenant_creator_idx").on(t.tenantId, t.createdByUserId),
  ],
);

/** Calls made with each key per UTC day (the usage chart), and when the last one came. */
export const apiKeyUsage = pgTable(
  "api_key_usage",
  {
    tenantId: tenantId(),
    apiKeyId: uuid("api_key_id").notNull(),
    day: date("day", { mode: "string" }).notNull(),
    count: bigint("count", { mode: "number" }).notNull().default(0),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.apiKeyId, t.day] }),
    foreignKey({
      columns: [t.tenantId, t.apiKeyId],
      foreignColumns: [apiKeys.tenantId, apiKeys.id],
      name: "api_key_usage_key_fk",
    }).onDelete("cascade"),
  ],
);
