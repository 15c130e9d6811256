import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  doublePrecision,
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
import { fluids } from "./catalog";
import { createdAt, id, tenantId, updatedAt } from "./columns";
import { configurations } from "./configurations";
import { FEEDBACK_PASS_FAIL } from "./enums";
import { users } from "./identity";
import { procurements } from "./procurement";
import { tenants } from "./tenants";

export const feedbackPassFailEnum = pgEnum("feedback_pass_fail", FEEDBACK_PASS_FAIL);

/** The conditions a lab ran a test at (pressure is what the prediction is made at). */
export type TestConditions = {
  pressureBar: number;
  temperatureC?: number | null;
  humidityPct?: number | null;
  batch?: string | null;
  instrument?: string | null;
};

type Interval = { p10: number; p50: number; p90: number };
export type BaselinePrediction = { dv50Um: Interval; coneDeg: Interval; flowMlMin: Interval };

/**
 * Spec §4.1: one lab result for a configuration's actuator, with the engine's prediction at
 * the tested pressure stored beside it (and its model version), so the comparison stays what
 * it was when the result was recorded. `prediction_matched` is computed, never typed.
 */
export const feedback = pgTable(
  "feedback",
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: "cascade" }),
    id: id(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    configurationId: uuid("configuration_id").notNull(),
    procurementId: uuid("procurement_id"),
    actuatorSku: varchar("actuator_sku", { length: 64 }).notNull(),
    // The configuration's library fluid when the result was recorded: the aggregates' key.
    fluidId: uuid("fluid_id").references(() => fluids.id, { onDelete: "set null" }),
    // The class of the fluid the prediction was made for (lib/prediction/calibration.ts
    // classifyFluid on its viscosity then): accuracy is broken down and calibrated by it.
    fluidClass: varchar("fluid_class", { length: 16 }).notNull(),
    testConditions: jsonb("test_conditions").$type<TestConditions>().notNull(),
    rating: integer("rating"),
    sprayConeAngleActual: doublePrecision("spray_cone_angle_actual"),
    dropletSizeRangeUm: varchar("droplet_size_range_um", { length: 50 }),
    dropletSizeMinUm: doublePrecision("droplet_size_min_um"),
    dropletSizeMaxUm: doublePrecision("droplet_size_max_um"),
    dv10Um: doublePrecision("dv10_um"),
    dv50Um: doublePrecision("dv50_um"),
    dv90Um: doublePrecision("dv90_um"),
    flowRateActualMlMin: numeric("flow_rate_actual_ml_min", { precision: 10, scale: 2 }),
    passFail: feedbackPassFailEnum("pass_fail").notNull().default("unknown"),
    issueDescription: text("issue_description"),
    confidenceInPrediction: doublePrecision("confidence_in_prediction"),
    predictedDv50P10Um: doublePrecision("predicted_dv50_p10_um").notNull(),
    predictedDv50P50Um: doublePrecision("predicted_dv50_p50_um").notNull(),
    predictedDv50P90Um: doublePrecision("predicted_dv50_p90_um").notNull(),
    predictedConeP10Deg: doublePrecision("predicted_cone_p10_deg").notNull(),
    predictedConeP50Deg: doublePrecision("predicted_cone_p50_deg").notNull(),
    predictedConeP90Deg: doublePrecision("predicted_cone_p90_deg").notNull(),
    predictedFlowP10MlMin: doublePrecision("predicted_flow_p10_ml_min").notNull(),
    predictedFlowP50MlMin: doublePrecision("predicted_flow_p50_ml_min").notNull(),
    predictedFlowP90MlMin: doublePrecision("predicted_flow_p90_ml_min").notNull(),
    modelVersion: varchar("model_version", { length: 32 }).notNull(),
    // The tenant calibration the stored prediction was made with (null: none), and the
    // uncalibrated prediction beside it: calibration fits residuals against the latter only.
    calibrationVersion: integer("calibration_version"),
    baselinePrediction: jsonb("baseline_prediction").$type<BaselinePrediction>().notNull(),
    // null when the result measured neither droplet size nor cone angle.
    predictionMatched: boolean("prediction_matched"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.configurationId],
      foreignColumns: [configurations.tenantId, configurations.id],
      name: "feedback_configuration_fk",
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.tenantId, t.procurementId],
      foreignColumns: [procurements.tenantId, procurements.id],
      name: "feedback_procurement_fk",
    }),
    index("feedback_configuration_created_idx").on(t.tenantId, t.configurationId, t.createdAt.desc().nullsFirst()),
    index("feedback_tenant_pass_fail_idx").on(t.tenantId, t.passFail),
    index("feedback_sku_fluid_idx").on(t.actuatorSku, t.fluidId),
    // Accuracy analytics: a tenant's results in a date range, and the latest ones for the scatter.
    index("feedback_tenant_created_idx").on(t.tenantId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    check("feedback_rating_range", sql`${t.rating} between 1 and 5`),
    check("feedback_confidence_range", sql`${t.confidenceInPrediction} between 0 and 1`),
  ],
);

/**
 * Global, anonymised (spec §4.1): per SKU × library fluid, across the results of every tenant
 * that shares them. No tenant or user ids; `tenant_count` says how many tenants contributed, and
 * a group is shown to anyone only from 3. The spec's columns are derived from exact running sums
 * (numeric, so adding and taking away a result leaves no rounding trace), which the statement
 * triggers on feedback move by each write's delta in its transaction (drizzle/0030); written
 * only by those SECURITY DEFINER functions.
 */
export const feedbackAggregates = pgTable(
  "feedback_aggregates",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    actuatorSku: varchar("actuator_sku", { length: 64 }).notNull(),
    fluidId: uuid("fluid_id")
      .notNull()
      .references(() => fluids.id, { onDelete: "cascade" }),
    totalTests: integer("total_tests").notNull().default(0),
    passCount: integer("pass_count").notNull().default(0),
    failCount: integer("fail_count").notNull().default(0),
    tenantCount: integer("tenant_count").notNull().default(0),
    avgConfidence: numeric("avg_confidence", { precision: 3, scale: 2 }),
    avgConeAnglePredicted: integer("avg_cone_angle_predicted"),
    avgConeAngleActual: integer("avg_cone_angle_actual"),
    coneAngleRmse: numeric("cone_angle_rmse", { precision: 8, scale: 2 }),
    avgDropletSizePredicted: integer("avg_droplet_size_predicted"),
    avgDropletSizeActual: integer("avg_droplet_size_actual"),
    dropletSizeRmse: numeric("droplet_size_rmse", { precision: 8, scale: 2 }),
    lastUpdated: timestamp("last_updated", { withTimezone: true }).notNull().defaultNow(),
    // The running sums the columns above are derived from (drizzle/0030 app_derive_feedback_aggregate).
    confidenceN: integer("confidence_n").notNull().default(0),
    confidenceSum: numeric("confidence_sum").notNull().default("0"),
    coneN: integer("cone_n").notNull().default(0),
    conePredictedSum: numeric("cone_predicted_sum").notNull().default("0"),
    coneActualSum: numeric("cone_actual_sum").notNull().default("0"),
    coneErrorSqSum: numeric("cone_error_sq_sum").notNull().default("0"),
    dropletN: integer("droplet_n").notNull().default(0),
    dropletPredictedSum: numeric("droplet_predicted_sum").notNull().default("0"),
    dropletActualSum: numeric("droplet_actual_sum").notNull().default("0"),
    dropletErrorSqSum: numeric("droplet_error_sq_sum").notNull().default("0"),
  },
  (t) => [
    unique("feedback_aggregates_sku_fluid_key").on(t.actuatorSku, t.fluidId),
    index("feedback_aggregates_rmse_idx").on(t.coneAngleRmse, t.dropletSizeRmse),
  ],
);

/**
 * How many results each sharing tenant has in an aggregate's group, so `tenant_count` stays
 * exact as results come and go. Tenant-owned (row-level security) but written and read only by
 * the aggregate functions (drizzle/0030); members have no privilege on it. No foreign key to
 * tenants: a tenant's deletion takes its results away through the feedback triggers, which
 * need these counts to still be there while they run.
 */
export const feedbackAggregateTenants = pgTable(
  "feedback_aggregate_tenants",
  {
    tenantId: tenantId(),
    actuatorSku: varchar("actuator_sku", { length: 64 }).notNull(),
    fluidId: uuid("fluid_id")
      .notNull()
      .references(() => fluids.id, { onDelete: "cascade" }),
    resultCount: integer("result_count").notNull(),
  },
  (t) => [
    primaryKey({ name: "feedback_aggregate_tenants_pk", columns: [t.tenantId, t.actuatorSku, t.fluidId] }),
    // A group's rebuild from scratch (app_refresh_feedback_aggregate) clears its counts.
    index("feedback_aggregate_tenants_group_idx").on(t.actuatorSku, t.fluidId),
  ],
);
