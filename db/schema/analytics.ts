import { bigint, date, doublePrecision, pgTable, primaryKey, varchar } from "drizzle-orm/pg-core";
import { tenantId } from "./columns";
import { tenants } from "./tenants";

/**
 * A tenant's lab results against their predictions, summed per UTC day × SKU × fluid class ×
 * model version: counts, sums and sums of squares of the errors (log for droplet size and flow,
 * degrees for cone) and how many fell inside P10–P90, so bias, RMSE and coverage of any range
 * and breakdown add up from a few rows instead of every result. Kept exact by
 * app_refresh_feedback_accuracy (drizzle/0024) in the transaction of each feedback write.
 */
export const feedbackAccuracyDaily = pgTable(
  "feedback_accuracy_daily",
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
    actuatorSku: varchar("actuator_sku", { length: 64 }).notNull(),
    fluidClass: varchar("fluid_class", { length: 16 }).notNull(),
    modelVersion: varchar("model_version", { length: 32 }).notNull(),
    n: bigint("n", { mode: "number" }).notNull(),
    dropletN: bigint("droplet_n", { mode: "number" }).notNull(),
    dropletSum: doublePrecision("droplet_sum").notNull(),
    dropletSumSq: doublePrecision("droplet_sum_sq").notNull(),
    dropletWithin: bigint("droplet_within", { mode: "number" }).notNull(),
    coneN: bigint("cone_n", { mode: "number" }).notNull(),
    coneSum: doublePrecision("cone_sum").notNull(),
    coneSumSq: doublePrecision("cone_sum_sq").notNull(),
    coneWithin: bigint("cone_within", { mode: "number" }).notNull(),
    flowN: bigint("flow_n", { mode: "number" }).notNull(),
    flowSum: doublePrecision("flow_sum").notNull(),
    flowSumSq: doublePrecision("flow_sum_sq").notNull(),
    flowWithin: bigint("flow_within", { mode: "number" }).notNull(),
    matchedN: bigint("matched_n", { mode: "number" }).notNull(),
    matched: bigint("matched", { mode: "number" }).notNull(),
    passed: bigint("passed", { mode: "number" }).notNull(),
    failed: bigint("failed", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ name: "feedback_accuracy_daily_pk", columns: [t.tenantId, t.day, t.actuatorSku, t.fluidClass, t.modelVersion] })],
);
