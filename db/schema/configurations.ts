import { sql } from "drizzle-orm";
import {
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
import { createdAt, id, tenantId, updatedAt } from "./columns";
import { CONFIGURATION_STATUSES, SHARE_PERMISSIONS } from "./enums";
import { fluids } from "./catalog";
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
    modelVersion: varchar("model_version", { length: 32 }),
    status: configurationStatusEnum("status").notNull().default("draft"),
    tags: varchar("tags", { length: 50 }).array().notNull().default(sql`'{}'::varchar[]`),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    accessedAt: timestamp("accessed_at", { withTimezone: true }),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index("configurations_tenant_status_created_idx").on(t.tenantId, t.status, t.createdAt.desc()),
    index("configurations_tenant_created_idx").on(t.tenantId, t.createdAt.desc(), t.id.desc()),
    index("configurations_creator_idx").on(t.tenantId, t.createdByUserId),
  ],
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
