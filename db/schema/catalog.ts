import { sql } from "drizzle-orm";
import { doublePrecision, index, integer, numeric, pgEnum, pgTable, primaryKey, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { createdAt, id, tenantId, updatedAt } from "./columns";
import { users } from "./identity";
import { tenants } from "./tenants";

export const supplierEnum = pgEnum("supplier", ["spencer", "coster"]);
export const sprayTypeEnum = pgEnum("spray_type", ["hollow_cone", "full_cone", "flat_fan", "fine_mist", "solid_stream"]);

/** Global: the fluid library, literature properties at the stated temperature. */
export const fluids = pgTable(
  "fluids",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    slug: varchar("slug", { length: 100 }).notNull().unique(),
    name: varchar("name", { length: 200 }).notNull(),
    category: varchar("category", { length: 50 }).notNull(),
    viscosityCp: doublePrecision("viscosity_cp").notNull(),
    densityKgM3: doublePrecision("density_kg_m3").notNull(),
    surfaceTensionMNm: doublePrecision("surface_tension_mn_m").notNull(),
    flashPointC: doublePrecision("flash_point_c"),
    temperatureC: doublePrecision("temperature_c").notNull(),
    source: text("source").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("fluids_category_idx").on(t.category, t.name)],
);

/**
 * Global: the actuator catalog. Physical columns feed the prediction engine; the per-supplier
 * commercial columns (spec §5.2) are kept current by the supplier sync.
 */
export const actuators = pgTable(
  "actuators",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    sku: varchar("sku", { length: 64 }).notNull().unique(),
    supplier: supplierEnum("supplier").notNull(),
    sprayType: sprayTypeEnum("spray_type").notNull(),
    orificeDiameterMm: doublePrecision("orifice_diameter_mm").notNull(),
    refFlowMlMin: doublePrecision("ref_flow_ml_min").notNull(),
    refPressureBar: doublePrecision("ref_pressure_bar").notNull(),
    flowExponent: doublePrecision("flow_exponent"),
    nominalConeDeg: doublePrecision("nominal_cone_deg").notNull(),
    maxPressureBar: doublePrecision("max_pressure_bar").notNull(),
    vendorSmdUm: doublePrecision("vendor_smd_um"),
    rosinRammlerQ: doublePrecision("rosin_rammler_q"),
    materials: text("materials").array().notNull().default(sql`'{}'::text[]`),
    spencerPriceUsd: numeric("spencer_price_usd", { precision: 10, scale: 2 }),
    spencerStockUnits: integer("spencer_stock_units"),
    spencerLeadDays: integer("spencer_lead_days"),
    spencerLastSynced: timestamp("spencer_last_synced", { withTimezone: true }),
    costerPriceUsd: numeric("coster_price_usd", { precision: 10, scale: 2 }),
    costerStockUnits: integer("coster_stock_units"),
    costerLeadDays: integer("coster_lead_days"),
    costerLastSynced: timestamp("coster_last_synced", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("actuators_supplier_type_idx").on(t.supplier, t.sprayType, t.sku),
    index("actuators_orifice_idx").on(t.orificeDiameterMm),
    // Search by any part of the SKU (ILIKE '%…%').
    index("actuators_sku_trgm_idx").using("gin", t.sku.op("gin_trgm_ops")),
  ],
);

/** A tenant's own fluids, next to the library (same units). */
export const customFluids = pgTable(
  "custom_fluids",
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: "cascade" }),
    id: id(),
    name: varchar("name", { length: 200 }).notNull(),
    viscosityCp: doublePrecision("viscosity_cp").notNull(),
    densityKgM3: doublePrecision("density_kg_m3").notNull(),
    surfaceTensionMNm: doublePrecision("surface_tension_mn_m").notNull(),
    flashPointC: doublePrecision("flash_point_c"),
    temperatureC: doublePrecision("temperature_c").notNull().default(20),
    notes: text("notes"),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index("custom_fluids_tenant_name_idx").on(t.tenantId, t.name)],
);

/**
 * Global: each pull of a supplier's bulk price/stock/lead-time pages into the catalog — when,
 * why, how long, how much changed, what failed. Staff read it; the sync job writes it.
 */
export const supplierSyncRuns = pgTable(
  "supplier_sync_runs",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    supplier: supplierEnum("supplier").notNull(),
    trigger: varchar("trigger", { length: 20 }).notNull(),
    status: varchar("status", { length: 20 }).notNull().default("running"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    pages: integer("pages").notNull().default(0),
    rowsSeen: integer("rows_seen").notNull().default(0),
    rowsChanged: integer("rows_changed").notNull().default(0),
    error: text("error"),
  },
  (t) => [index("supplier_sync_runs_started_idx").on(t.startedAt.desc().nullsFirst(), t.id.desc().nullsFirst())],
);
