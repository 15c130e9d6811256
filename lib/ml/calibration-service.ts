// Calibration versions: fitted from lab results (the tenant's own, and the anonymised aggregates
// for the global layer), stored one row per version, and loaded for the engine.

import { desc, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Tx } from "@/db/client";
import { type CalibrationFactorsJson, globalCalibrations, tenantCalibrations } from "@/db/schema";
import { withSystemTx, withTenantReadTx, withTenantTx } from "@/db/tenant";
import { recordAudit } from "@/lib/audit/service";
import { type ActorContext, auditContext } from "@/lib/auth/actor";
import { type CalibrationTable, classifyFluid } from "@/lib/prediction/calibration";
import { FAMILY_MODELS } from "@/lib/prediction/family-droplet";
import { SPRAY_TYPES, type SprayType } from "@/lib/prediction/schemas";
import { DEFAULT_SIGMAS } from "@/lib/prediction/uncertainty";
import {
  type CalibrationMetrics,
  type CellSummary,
  evaluateOutOfSample,
  fitCalibration,
  fitCalibrationFromSummaries,
  toCalibrationFactors,
  toCalibrationTable,
} from "./calibration-estimator";
import { type LabResultInput, toCalibrationPoint } from "./points";
import type { calibrationOverviewSchema, calibrationSchema } from "./response-schemas";

/** The calibration a tenant's predictions use now: its own layer over the global one. */
export interface CurrentCalibration {
  // The tenant's version (null until its first calibration) and the global layer's.
  version: number | null;
  globalVersion: number | null;
  table: CalibrationTable | undefined;
}

export async function loadCalibration(tx: Tx, tenantId: string): Promise<CurrentCalibration> {
  const [own] = await tx
    .select({ version: tenantCalibrations.version, factors: tenantCalibrations.factors })
    .from(tenantCalibrations)
    .where(eq(tenantCalibrations.tenantId, tenantId))
    .orderBy(desc(tenantCalibrations.version))
    .limit(1);
  const [global] = await tx
    .select({ version: globalCalibrations.version, factors: globalCalibrations.factors })
    .from(globalCalibrations)
    .orderBy(desc(globalCalibrations.version))
    .limit(1);
  if (!own && !global) return { version: null, globalVersion: null, table: undefined };
  return {
    version: own?.version ?? null,
    globalVersion: global?.version ?? null,
    table: toCalibrationTable(own?.factors, global?.factors),
  };
}

/** The current calibration outside a transaction of the caller's: the ranking runs before its write. */
export function getCurrentCalibration(tenantId: string): Promise<CurrentCalibration> {
  return withTenantReadTx(tenantId, (tx) => loadCalibration(tx, tenantId));
}

/** The tenant's current calibration version alone (null before the first). */
export async function getCurrentCalibrationVersion(tx: Tx, tenantId: string): Promise<number | null> {
  const [row] = await tx
    .select({ version: sql<number | null>`max(${tenantCalibrations.version})` })
    .from(tenantCalibrations)
    .where(eq(tenantCalibrations.tenantId, tenantId));
  return row?.version ?? null;
}

type Interval = { p10: number; p50: number; p90: number };
type ResultRow = {
  sku: string;
  supplier: string;
  spray_type: string;
  viscosity: string;
  dv50: number | null;
  flow: string | null;
  cone: number | null;
  baseline: { dv50Um: Interval; flowMlMin: Interval; coneDeg: Interval };
};

// Every lab result of the tenant whose SKU is in the catalog, with what the estimator needs.
async function loadLabResults(tx: Tx, tenantId: string): Promise<LabResultInput[]> {
  const rows = await tx.execute<ResultRow>(sql`
    select f.actuator_sku as sku, a.supplier, a.spray_type, c.fluid_viscosity_cp as viscosity,
           coalesce(f.dv50_um, sqrt(f.droplet_size_min_um * f.droplet_size_max_um)) as dv50,
           f.flow_rate_actual_ml_min as flow, f.spray_cone_angle_actual as cone, f.baseline_prediction as baseline
      from feedback f
      join configurations c on c.tenant_id = f.tenant_id and c.id = f.configuration_id
      join actuators a on a.sku = f.actuator_sku
     where f.tenant_id = ${tenantId}`);
  return rows.map((r) => ({
    sku: r.sku,
    supplier: r.supplier,
    sprayType: r.spray_type as SprayType,
    viscosityCp: Number(r.viscosity),
    measured: { dv50Um: r.dv50, flowMlMin: r.flow === null ? null : Number(r.flow), coneDeg: r.cone },
    predicted: r.baseline,
  }));
}

type CalibrationTrigger = "feedback" | "manual";

/**
 * Fits the tenant's calibration from all its lab results and stores it as the next version,
 * with its out-of-sample accuracy. Versions of one tenant are numbered under a lock.
 */
async function writeTenantCalibration(tx: Tx, tenantId: string, trigger: CalibrationTrigger, requestedBy: string | null) {
  const started = performance.now();
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended('tenant_calibration:' || ${tenantId}, 0))`);
  const points = (await loadLabResults(tx, tenantId)).map(toCalibrationPoint);
  const factors = toCalibrationFactors(fitCalibration(points));
  const metrics: CalibrationMetrics = evaluateOutOfSample(points);
  const [last] = await tx
    .select({ version: sql<number>`coalesce(max(${tenantCalibrations.version}), 0)` })
    .from(tenantCalibrations)
    .where(eq(tenantCalibrations.tenantId, tenantId));
  const [row] = await tx
    .insert(tenantCalibrations)
    .values({
      tenantId,
      version: Number(last?.version ?? 0) + 1,
      trigger,
      requestedBy,
      pointCount: points.length,
      skuCount: Object.keys(factors).length,
      factors,
      metrics,
      durationMs: Math.round(performance.now() - started),
    })
    .returning();
  return row!;
}

/** The debounced job after new lab results. */
export async function recalibrateTenant(tenantId: string): Promise<void> {
  await withTenantTx(tenantId, (tx) => writeTenantCalibration(tx, tenantId, "feedback", null));
}

/** Recalibrate now (POST /api/ml/calibration); audited. */
export async function recalibrateNow(ctx: ActorContext): Promise<z.input<typeof calibrationSchema>> {
  const { tenantId, userId } = ctx.actor;
  return withTenantTx(tenantId, async (tx) => {
    const row = await writeTenantCalibration(tx, tenantId, "manual", userId);
    await recordAudit(tx, auditContext(ctx), {
      action: "ml.calibration.recalibrate",
      resourceType: "calibration",
      resourceId: row.id,
      changes: { version: row.version, pointCount: row.pointCount },
    });
    return presentCalibration(row);
  });
}

type CalibrationRow = typeof tenantCalibrations.$inferSelect;

function presentCalibration(row: CalibrationRow) {
  return {
    id: row.id,
    version: row.version,
    trigger: row.trigger,
    createdAt: row.createdAt,
    pointCount: row.pointCount,
    skuCount: row.skuCount,
    metrics: row.metrics,
    durationMs: row.durationMs,
  };
}

const HISTORY_LIMIT = 20;

/** GET /api/ml/calibration: the current version with its accuracy, and the latest versions. */
export async function getCalibrationOverview(ctx: ActorContext): Promise<z.input<typeof calibrationOverviewSchema>> {
  const { tenantId } = ctx.actor;
  return withTenantReadTx(tenantId, async (tx) => {
    const rows = await tx
      .select()
      .from(tenantCalibrations)
      .where(eq(tenantCalibrations.tenantId, tenantId))
      .orderBy(desc(tenantCalibrations.version))
      .limit(HISTORY_LIMIT);
    const [global] = await tx
      .select({ version: globalCalibrations.version, createdAt: globalCalibrations.createdAt, groupCount: globalCalibrations.groupCount })
      .from(globalCalibrations)
      .orderBy(desc(globalCalibrations.version))
      .limit(1);
    const current = rows[0];
    return {
      current: current ? { ...presentCalibration(current), factors: current.factors } : null,
      global: global ?? null,
      history: rows.map(presentCalibration),
    };
  });
}

// k-anonymity of the aggregates (lib/feedback/queries.ts): a group counts from 3 tenants.
const MIN_TENANTS = 3;

type AggregateRow = {
  sku: string;
  supplier: string;
  spray_type: string;
  viscosity: number;
  n: number;
  cone_predicted: number | null;
  cone_actual: number | null;
  cone_rmse: string | null;
  drop_predicted: number | null;
  drop_actual: number | null;
  drop_rmse: string | null;
};

/**
 * An aggregate (means and RMSE in linear units) as cell summaries. Droplet size: the relative
 * error e = actual/predicted − 1 has mean ē and mean square (RMSE/predicted)²; in log space the
 * mean is ln(actual/predicted) and the variance about (ms − ē²)/(1 + ē)² (first order).
 */
function summarizeAggregate(row: AggregateRow): { droplet?: CellSummary; cone?: CellSummary } {
  if (!(SPRAY_TYPES as readonly string[]).includes(row.spray_type)) return {};
  const base = { sku: row.sku, fluidClass: classifyFluid(row.viscosity), supplier: row.supplier, sprayType: row.spray_type, n: row.n };
  const out: { droplet?: CellSummary; cone?: CellSummary } = {};
  if (row.drop_predicted && row.drop_actual && row.drop_rmse !== null) {
    const ratio = row.drop_actual / row.drop_predicted;
    const meanSq = (Number(row.drop_rmse) / row.drop_predicted) ** 2;
    const variance = Math.max(0, meanSq - (ratio - 1) ** 2) / ratio ** 2;
    const family = FAMILY_MODELS[row.spray_type as SprayType].smdSigma;
    out.droplet = { ...base, mean: Math.log(ratio), ss: variance * row.n, baselineVar: family ** 2 };
  }
  if (row.cone_predicted !== null && row.cone_actual !== null && row.cone_rmse !== null) {
    const mean = row.cone_actual - row.cone_predicted;
    const variance = Math.max(0, Number(row.cone_rmse) ** 2 - mean ** 2);
    out.cone = { ...base, mean, ss: variance * row.n, baselineVar: DEFAULT_SIGMAS.coneDeg ** 2 };
  }
  return out;
}

// jsonb keeps its own key order: compare with keys sorted.
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/**
 * The global layer, from the anonymised aggregates of groups at least 3 sharing tenants
 * contributed to (the aggregates hold only tenants that share, drizzle/0024). Flow is not
 * aggregated, so the global layer corrects droplet size and cone only. Stored when it changed.
 */
export async function recalibrateGlobal(): Promise<{ version: number } | null> {
  return withSystemTx(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended('global_calibration', 0))`);
    const rows = await tx.execute<AggregateRow>(sql`
      select g.actuator_sku as sku, a.supplier, a.spray_type, fl.viscosity_cp as viscosity, g.total_tests as n,
             g.avg_cone_angle_predicted as cone_predicted, g.avg_cone_angle_actual as cone_actual, g.cone_angle_rmse as cone_rmse,
             g.avg_droplet_size_predicted as drop_predicted, g.avg_droplet_size_actual as drop_actual, g.droplet_size_rmse as drop_rmse
        from feedback_aggregates g
        join actuators a on a.sku = g.actuator_sku
        join fluids fl on fl.id = g.fluid_id
       where g.tenant_count >= ${MIN_TENANTS}
       order by g.actuator_sku, g.fluid_id`);
    const droplet: CellSummary[] = [];
    const cone: CellSummary[] = [];
    for (const row of rows) {
      const s = summarizeAggregate(row);
      if (s.droplet) droplet.push(s.droplet);
      if (s.cone) cone.push(s.cone);
    }
    const factors: CalibrationFactorsJson = toCalibrationFactors(fitCalibrationFromSummaries({ droplet, cone }));
    const [last] = await tx.select().from(globalCalibrations).orderBy(desc(globalCalibrations.version)).limit(1);
    if (last && canonical(last.factors) === canonical(factors)) return null;
    const version = (last?.version ?? 0) + 1;
    await tx.insert(globalCalibrations).values({
      version,
      groupCount: rows.length,
      pointCount: rows.reduce((sum, r) => sum + r.n, 0),
      factors,
    });
    return { version };
  });
}
