import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { and, eq, type SQL, sql } from "drizzle-orm";
import Papa from "papaparse";
import { afterCursor, cursorKey, InvalidCursorError, type KeysetOrder, orderByKeyset, paginate } from "@/db/keyset";
import { actuators, configurations, feedback, tenants } from "@/db/schema";
import { withSystemTx } from "@/db/tenant";
import { env } from "@/lib/env";
import type { TrainingDataQuery } from "./schemas";

// GET /api/ml/training-data: every sharing tenant's lab results, for retraining the models.
// Cross-tenant by design, so read through the system role; what leaves is numbers, catalog
// values and keyed pseudonyms only: no tenant, user, configuration or result id, no name and
// no text a person typed (issue descriptions, batch, instrument, the free droplet-size range).

const ORDER: KeysetOrder = { key: feedback.createdAt, id: feedback.id, direction: "asc", keyType: "timestamptz" };

/** The columns of one record, in the order the CSV has them (docs/ml.md describes each). */
export const TRAINING_DATA_COLUMNS = [
  "record_key",
  "tenant_key",
  "created_day",
  "actuator_sku",
  "spray_type",
  "fluid_class",
  "fluid_viscosity_cp",
  "fluid_density_kg_m3",
  "fluid_surface_tension_mn_m",
  "test_pressure_bar",
  "test_temperature_c",
  "test_humidity_pct",
  "measured_cone_deg",
  "measured_flow_ml_min",
  "measured_dv10_um",
  "measured_dv50_um",
  "measured_dv90_um",
  "baseline_dv50_p10_um",
  "baseline_dv50_p50_um",
  "baseline_dv50_p90_um",
  "baseline_cone_p10_deg",
  "baseline_cone_p50_deg",
  "baseline_cone_p90_deg",
  "baseline_flow_p10_ml_min",
  "baseline_flow_p50_ml_min",
  "baseline_flow_p90_ml_min",
  "model_version",
  "calibration_version",
  "prediction_matched",
  "pass_fail",
  "rating",
] as const;

export type TrainingRecord = Record<(typeof TRAINING_DATA_COLUMNS)[number], string | number | boolean | null>;

/**
 * The key pseudonyms are made with: TRAINING_DATA_PSEUDONYM_KEY, or else one derived from
 * AUTH_SECRET (HKDF, its own label). The same id always gets the same pseudonym under one key,
 * so records of one tenant stay linkable to each other, and nobody without the key can tell
 * whose they are or check a guess. Changing the key changes every pseudonym.
 */
function pseudonymKey(): Buffer {
  const { TRAINING_DATA_PSEUDONYM_KEY, AUTH_SECRET } = env();
  const secret = TRAINING_DATA_PSEUDONYM_KEY ?? AUTH_SECRET;
  return Buffer.from(hkdfSync("sha256", secret, "aerospec", "training-data pseudonyms v1", 32));
}

/** A keyed pseudonym of one id of one kind (a tenant's never equals a record's of the same uuid). */
function pseudonym(key: Buffer, kind: "tenant" | "record", id: string): string {
  return createHmac("sha256", key).update(`${kind}:${id}`).digest("base64url").slice(0, 22);
}

// The cursor kit's cursor carries the last row's id; here it is sealed (AES-256-GCM under a key
// of its own, derived from the pseudonym key) so the export never shows a result's real id.
function cursorSealKey(key: Buffer): Buffer {
  return Buffer.from(hkdfSync("sha256", key, "aerospec", "training-data cursor v1", 32));
}

function sealCursor(key: Buffer, cursor: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", cursorSealKey(key), iv);
  const sealed = Buffer.concat([cipher.update(cursor, "utf8"), cipher.final()]);
  return Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString("base64url");
}

function openCursor(key: Buffer, value: string): string {
  const bytes = Buffer.from(value, "base64url");
  if (bytes.length < 12 + 16 + 1) throw new InvalidCursorError("The cursor is not valid");
  try {
    const decipher = createDecipheriv("aes-256-gcm", cursorSealKey(key), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    return Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]).toString("utf8");
  } catch {
    throw new InvalidCursorError("The cursor is not valid");
  }
}

/** A number read from JSON the lab sent, or null when it is anything else. */
function numberOr(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

const numeric = (value: string | null) => (value === null ? null : Number(value));

/** One page of records in the order they were recorded, oldest first, and the cursor of the next. */
export async function readTrainingData(input: Pick<TrainingDataQuery, "cursor" | "limit">) {
  const key = pseudonymKey();
  const filters: SQL[] = [eq(tenants.shareFeedback, true)];
  if (input.cursor) filters.push(afterCursor(ORDER, openCursor(key, input.cursor)));
  const rows = await withSystemTx((tx) =>
    tx
      .select({
        id: feedback.id,
        tenantId: feedback.tenantId,
        cursorKey: cursorKey(ORDER),
        createdDay: sql<string>`to_char(${feedback.createdAt} at time zone 'UTC', 'YYYY-MM-DD')`,
        actuatorSku: actuators.sku,
        sprayType: actuators.sprayType,
        fluidClass: feedback.fluidClass,
        viscosity: configurations.fluidViscosityCp,
        density: configurations.fluidDensityKgM3,
        surfaceTension: configurations.fluidSurfaceTensionMNm,
        conditions: feedback.testConditions,
        cone: feedback.sprayConeAngleActual,
        flow: feedback.flowRateActualMlMin,
        dv10: feedback.dv10Um,
        dv50: feedback.dv50Um,
        dv90: feedback.dv90Um,
        baseline: feedback.baselinePrediction,
        modelVersion: feedback.modelVersion,
        calibrationVersion: feedback.calibrationVersion,
        predictionMatched: feedback.predictionMatched,
        passFail: feedback.passFail,
        rating: feedback.rating,
      })
      .from(feedback)
      .innerJoin(tenants, eq(tenants.id, feedback.tenantId))
      .innerJoin(configurations, and(eq(configurations.tenantId, feedback.tenantId), eq(configurations.id, feedback.configurationId)))
      // A catalog SKU only: the record's SKU is one AeroSpec publishes, never a tenant's text.
      .innerJoin(actuators, eq(actuators.sku, feedback.actuatorSku))
      .where(and(...filters))
      .orderBy(...orderByKeyset(ORDER))
      .limit(input.limit + 1),
  );
  const page = paginate(rows, input.limit, (row) => ({ key: row.cursorKey, id: row.id }));
  const items: TrainingRecord[] = page.items.map((row) => {
    const base = row.baseline;
    return {
      record_key: pseudonym(key, "record", row.id),
      tenant_key: pseudonym(key, "tenant", row.tenantId),
      created_day: row.createdDay,
      actuator_sku: row.actuatorSku,
      spray_type: row.sprayType,
      fluid_class: row.fluidClass,
      fluid_viscosity_cp: numeric(row.viscosity),
      fluid_density_kg_m3: numeric(row.density),
      fluid_surface_tension_mn_m: numeric(row.surfaceTension),
      test_pressure_bar: numberOr(row.conditions.pressureBar),
      test_temperature_c: numberOr(row.conditions.temperatureC),
      test_humidity_pct: numberOr(row.conditions.humidityPct),
      measured_cone_deg: row.cone,
      measured_flow_ml_min: numeric(row.flow),
      measured_dv10_um: row.dv10,
      measured_dv50_um: row.dv50,
      measured_dv90_um: row.dv90,
      baseline_dv50_p10_um: numberOr(base.dv50Um?.p10),
      baseline_dv50_p50_um: numberOr(base.dv50Um?.p50),
      baseline_dv50_p90_um: numberOr(base.dv50Um?.p90),
      baseline_cone_p10_deg: numberOr(base.coneDeg?.p10),
      baseline_cone_p50_deg: numberOr(base.coneDeg?.p50),
      baseline_cone_p90_deg: numberOr(base.coneDeg?.p90),
      baseline_flow_p10_ml_min: numberOr(base.flowMlMin?.p10),
      baseline_flow_p50_ml_min: numberOr(base.flowMlMin?.p50),
      baseline_flow_p90_ml_min: numberOr(base.flowMlMin?.p90),
      model_version: row.modelVersion,
      calibration_version: row.calibrationVersion,
      prediction_matched: row.predictionMatched,
      pass_fail: row.passFail,
      rating: row.rating,
    };
  });
  return { items, nextCursor: page.nextCursor ? sealCursor(key, page.nextCursor) : null };
}

/** One page as JSON lines (one record per line) or CSV with a header row. */
export function formatTrainingData(items: readonly TrainingRecord[], format: TrainingDataQuery["format"]): string {
  if (format === "jsonl") return items.map((item) => `${JSON.stringify(item)}\n`).join("");
  return Papa.unparse(
    { fields: [...TRAINING_DATA_COLUMNS], data: items.map((item) => TRAINING_DATA_COLUMNS.map((column) => item[column] ?? "")) },
    { escapeFormulae: true, newline: "\r\n" },
  );
}
