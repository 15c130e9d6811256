// Training rows from the organization's lab results or from records it sent. Rows whose SKU
// is not in the catalog are left out (the physics cannot be run for them).

import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import type { CatalogSnapshot } from "@/lib/catalog/engine-catalog";
import { classifyFluid } from "@/lib/prediction/calibration";
import { predictActuatorAtPressure } from "@/lib/prediction/predict";
import type { Interval } from "@/lib/prediction/uncertainty";
import type { TrainingRow } from "./features";
import { type InlineTrainingRecord, MAX_TRAINING_ROWS, type TrainingData } from "./schemas";

type FeedbackRow = {
  sku: string;
  viscosity: string;
  density: string;
  surface_tension: string;
  pressure: number;
  dv50: number | null;
  flow: string | null;
  cone: number | null;
  baseline: { dv50Um: Interval; flowMlMin: Interval; coneDeg: Interval };
};

type FeedbackFilter = Extract<TrainingData, { source: "feedback" }>;

/** The newest lab results of the organization that pass the filter, at most MAX_TRAINING_ROWS. */
export async function loadFeedbackRows(tx: Tx, tenantId: string, filter: FeedbackFilter, catalog: CatalogSnapshot): Promise<TrainingRow[]> {
  const skus = filter.skus ?? null;
  const rows = await tx.execute<FeedbackRow>(sql`
    select f.actuator_sku as sku, c.fluid_viscosity_cp as viscosity, c.fluid_density_kg_m3 as density,
           c.fluid_surface_tension_mn_m as surface_tension, (f.test_conditions ->> 'pressureBar')::double precision as pressure,
           coalesce(f.dv50_um, sqrt(f.droplet_size_min_um * f.droplet_size_max_um)) as dv50,
           f.flow_rate_actual_ml_min as flow, f.spray_cone_angle_actual as cone, f.baseline_prediction as baseline
      from feedback f
      join configurations c on c.tenant_id = f.tenant_id and c.id = f.configuration_id
     where f.tenant_id = ${tenantId}
       and (${skus === null} or f.actuator_sku in (select jsonb_array_elements_text(${JSON.stringify(skus ?? [])}::jsonb)))
       and (${filter.since ?? null}::timestamptz is null or f.created_at >= ${filter.since ?? null}::timestamptz)
       and (f.dv50_um is not null or f.droplet_size_min_um is not null or f.flow_rate_actual_ml_min is not null or f.spray_cone_angle_actual is not null)
     order by f.created_at desc, f.id
     limit ${MAX_TRAINING_ROWS}`);
  const byId = new Map(catalog.actuators.map((a) => [a.sku, a]));
  const out: TrainingRow[] = [];
  for (const r of rows) {
    const actuator = byId.get(r.sku);
    const fluid = { viscosityCp: Number(r.viscosity), densityKgM3: Number(r.density), surfaceTensionMNm: Number(r.surface_tension) };
    if (!actuator || (filter.fluidClasses && !filter.fluidClasses.includes(classifyFluid(fluid.viscosityCp)))) continue;
    const measured = { dv50Um: r.dv50, flowMlMin: r.flow === null ? null : Number(r.flow), coneDeg: r.cone };
    out.push({ actuator, fluid, pressureBar: r.pressure, measured, baseline: r.baseline });
  }
  return out;
}

/** Records sent inline, with the physics run at each tested pressure (uncalibrated). */
export function toRecordRows(records: readonly InlineTrainingRecord[], catalog: CatalogSnapshot): TrainingRow[] {
  const byId = new Map(catalog.actuators.map((a) => [a.sku, a]));
  const out: TrainingRow[] = [];
  for (const r of records) {
    const actuator = byId.get(r.actuatorSku);
    if (!actuator) continue;
    const p = predictActuatorAtPressure({ fluid: { ...r.fluid, flashPointC: null } }, actuator, r.pressureBar);
    out.push({
      actuator,
      fluid: r.fluid,
      pressureBar: r.pressureBar,
      measured: { dv50Um: r.dv50Um ?? null, flowMlMin: r.flowMlMin ?? null, coneDeg: r.coneDeg ?? null },
      baseline: { dv50Um: p.dv50Um, flowMlMin: p.flowMlMin, coneDeg: p.coneDeg },
    });
  }
  return out;
}

/** SKUs of the records the catalog does not know (refused at the request, 422). */
export function listUnknownSkus(records: readonly InlineTrainingRecord[], catalog: CatalogSnapshot): string[] {
  const known = new Set(catalog.actuators.map((a) => a.sku));
  return [...new Set(records.map((r) => r.actuatorSku).filter((sku) => !known.has(sku)))];
}
