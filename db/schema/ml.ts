import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid, varchar } from "drizzle-orm/pg-core";
import { createdAt, id, tenantId } from "./columns";
import { users } from "./identity";
import { tenants } from "./tenants";

type Interval = { p10: number; p50: number; p90: number };
type Factors = {
  smdLogCorrection?: number;
  smdSigma?: number;
  flowLogCorrection?: number;
  flowSigma?: number;
  coneCorrectionDeg?: number;
  coneSigmaDeg?: number;
};
/** sku → fluid class → factors (lib/prediction/calibration.ts). */
export type CalibrationFactorsJson = Record<string, Partial<Record<"thin" | "medium" | "viscous", Factors>>>;
type QuantityMetricsJson = {
  n: number;
  rmseBefore: number | null;
  rmseAfter: number | null;
  coverageBefore: number | null;
  coverageAfter: number | null;
};
/** Out-of-sample accuracy before and after (lib/ml/calibration-estimator.ts). */
export type CalibrationMetricsJson = { folds: number; droplet: QuantityMetricsJson; flow: QuantityMetricsJson; cone: QuantityMetricsJson };
export type { Interval as CalibrationInterval };

/**
 * A tenant's own calibration from its own lab results, one row per version (the newest is
 * current). Never shared: the global layer is computed from the anonymised aggregates.
 */
export const tenantCalibrations = pgTable(
  "tenant_calibrations",
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: "cascade" }),
    id: id(),
    version: integer("version").notNull(),
    // "feedback" (the debounced job after new results) or "manual" (recalibrate now).
    trigger: varchar("trigger", { length: 20 }).notNull(),
    requestedBy: uuid("requested_by").references(() => users.id, { onDelete: "set null" }),
    pointCount: integer("point_count").notNull(),
    skuCount: integer("sku_count").notNull(),
    factors: jsonb("factors").$type<CalibrationFactorsJson>().notNull(),
    metrics: jsonb("metrics").$type<CalibrationMetricsJson>().notNull(),
    durationMs: integer("duration_ms").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique("tenant_calibrations_version_key").on(t.tenantId, t.version),
    index("tenant_calibrations_created_idx").on(t.tenantId, t.createdAt.desc()),
  ],
);

/**
 * Global: the calibration from the anonymised aggregates of tenants that share their results
 * (groups of at least 3 tenants only). No tenant ids.
 */
export const globalCalibrations = pgTable(
  "global_calibrations",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    version: integer("version").notNull().unique(),
    groupCount: integer("group_count").notNull(),
    pointCount: integer("point_count").notNull(),
    factors: jsonb("factors").$type<CalibrationFactorsJson>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("global_calibrations_created_idx").on(t.createdAt.desc())],
);

/**
 * Machine credentials for AeroSpec's own services (the ML service reading the training data):
 * global, created by staff, never a tenant's. Like API keys, only the SHA-256 of the secret is
 * stored (it is shown once); `prefix` tells tokens apart in the list.
 */
export const serviceTokens = pgTable(
  "service_tokens",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    name: varchar("name", { length: 100 }).notNull(),
    prefix: varchar("prefix", { length: 32 }).notNull(),
    secretHash: varchar("secret_hash", { length: 64 }).notNull().unique(),
    scopes: text("scopes").array().notNull(),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
  },
  (t) => [index("service_tokens_created_idx").on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst())],
);
