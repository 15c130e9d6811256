import { sql } from "drizzle-orm";
import {
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  pgView,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { fluids } from "./catalog";
import { createdAt, id, tenantId, updatedAt } from "./columns";
import { CONFIGURATION_STATUSES, SHARE_PERMISSIONS } from "./enums";
import { users } from "./identity";
import { memberships, tenants } from "./tenants";

export const configurationStatusEnum = pgEnum("configuration_status", CONFIGURATION_STATUSES);
export const sharePermissionEnum = pgEnum("share_permission", SHARE_PERMISSIONS);

/** Spec §2.1: a fluid, spray targets and the ranked actuators the engine found for them. */
export const configurations = pgTable(
  "configurations",
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: "cascade" }),
    id: id(),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    name: varchar("name", { length: 255 }).notNull(),
    description: text("description"),
    fluidId: uuid("fluid_id").references(() => fluids.id, { onDelete: "set null" }),
    fluidViscosityCp: numeric("fluid_viscosity_cp", { precision: 10, scale: 2 }).notNull(),
    fluidDensityKgM3: numeric("fluid_density_kg_m3", { precision: 10, scale: 2 }).notNull(),
    fluidSurfaceTensionMNm: numeric("fluid_surface_tension_mn_m", { precision: 10, scale: 2 }).notNull(),
    fluidFlashPointC: integer("fluid_flash_point_c"),
    targetSprayConeDeg: integer("target_spray_cone_deg"),
    targetDropletSizeUm: integer("target_droplet_size_um"),
    maxPressureBar: integer("max_pressure_bar"),
    targetFlowRateMlMin: numeric("target_flow_rate_ml_min", { precision: 10, scale: 2 }),
    compatibleActuators: jsonb("compatible_actuators").$type<unknown[]>().notNull().default([]),
    // How many entries compatible_actuators holds, written with it: lists show the count
    // without reading the (toasted) JSON.
    actuatorCount: integer("actuator_count").notNull().default(0),
    modelVersion: varchar("model_version", { length: 32 }),
    // The tenant calibration version the stored ranking was computed with (null: none).
    calibrationVersion: integer("calibration_version"),
    status: configurationStatusEnum("status").notNull().default("draft"),
    tags: varchar("tags", { length: 50 }).array().notNull().default(sql`'{}'::varchar[]`),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    accessedAt: timestamp("accessed_at", { withTimezone: true }),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
  },
  // One index per keyset order of the list, in exactly its direction and nulls placement
  // (DESC means NULLS FIRST in Postgres); read backwards, a newest-first index also serves
  // oldest first. Search and tag filters go through GIN (tenant first, via btree_gin).
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index("configurations_tenant_created_idx").on(t.tenantId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("configurations_tenant_status_created_idx").on(t.tenantId, t.status, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("configurations_tenant_updated_idx").on(t.tenantId, t.updatedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("configurations_tenant_name_idx").on(t.tenantId, sql`lower(${t.name})`, t.id),
    index("configurations_tenant_name_trgm_idx").using("gin", t.tenantId, t.name.op("gin_trgm_ops")),
    index("configurations_tenant_tags_idx").using("gin", t.tenantId, t.tags),
    index("configurations_creator_idx").on(t.tenantId, t.createdByUserId),
  ],
);

/**
 * The configuration list's read model: the summary columns (never compatible_actuators) of
 * the tenant in context. Postgres lets row-level security use an index only for leakproof
 * conditions, and ILIKE, lower(), array containment and enum equality are not, so on the
 * table itself a search, tag or status filter or a deep page by name reads every row of the
 * tenant. The view carries the policy's own tenant condition and belongs to the system role,
 * which bypasses RLS, so the planner may use every index above; the application role may
 * only read it (drizzle/0015_list_read_model.sql). Recreating the view means running that
 * migration's ownership and grants again (db/list-plans.int.test.ts checks them).
 */
export const configurationSummaries = pgView("configuration_summaries").as((qb) =>
  qb
    .select({
      tenantId: configurations.tenantId,
      id: configurations.id,
      createdByUserId: configurations.createdByUserId,
      name: configurations.name,
      description: configurations.description,
      fluidId: configurations.fluidId,
      fluidViscosityCp: configurations.fluidViscosityCp,
      fluidDensityKgM3: configurations.fluidDensityKgM3,
      fluidSurfaceTensionMNm: configurations.fluidSurfaceTensionMNm,
      fluidFlashPointC: configurations.fluidFlashPointC,
      targetSprayConeDeg: configurations.targetSprayConeDeg,
      targetDropletSizeUm: configurations.targetDropletSizeUm,
      maxPressureBar: configurations.maxPressureBar,
      targetFlowRateMlMin: configurations.targetFlowRateMlMin,
      actuatorCount: configurations.actuatorCount,
      modelVersion: configurations.modelVersion,
      status: configurations.status,
      tags: configurations.tags,
      version: configurations.version,
      createdAt: configurations.createdAt,
      updatedAt: configurations.updatedAt,
      archivedAt: configurations.archivedAt,
    })
    .from(configurations)
    .where(sql`${configurations.tenantId} = app_current_tenant()`),
);

export const configurationVersions = pgTable(
  "configuration_versions",
  {
    tenantId: tenantId(),
    id: id(),
    configurationId: uuid("configuration_id").notNull(),
    version: integer("version").notNull(),
    changes: jsonb("changes").$type<Record<string, unknown>>().notNull(),
    changedByUserId: uuid("changed_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique("configuration_versions_number_key").on(t.tenantId, t.configurationId, t.version),
    // Usage analytics: the rankings a tenant ran per day.
    index("configuration_versions_tenant_created_idx").on(t.tenantId, t.createdAt),
    foreignKey({
      columns: [t.tenantId, t.configurationId],
      foreignColumns: [configurations.tenantId, configurations.id],
      name: "configuration_versions_configuration_fk",
    }).onDelete("cascade"),
  ],
);

export const configurationShares = pgTable(
  "configuration_shares",
  {
    tenantId: tenantId(),
    id: id(),
    configurationId: uuid("configuration_id").notNull(),
    sharedWithUserId: uuid("shared_with_user_id").notNull(),
    permission: sharePermissionEnum("permission").notNull().default("view"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique("configuration_shares_user_key").on(t.tenantId, t.configurationId, t.sharedWithUserId),
    foreignKey({
      columns: [t.tenantId, t.configurationId],
      foreignColumns: [configurations.tenantId, configurations.id],
      name: "configuration_shares_configuration_fk",
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.tenantId, t.sharedWithUserId],
      foreignColumns: [memberships.tenantId, memberships.userId],
      name: "configuration_shares_member_fk",
    }).onDelete("cascade"),
  ],
);
