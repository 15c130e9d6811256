import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Tx } from "@/db/client";
import { configurations, feedback, procurements } from "@/db/schema";
import { withTenantReadTx, withTenantTx } from "@/db/tenant";
import { refreshAccuracySums } from "@/lib/analytics/rollup";
import { diff, recordAudit } from "@/lib/audit/service";
import { type ActorContext, auditContext } from "@/lib/auth/actor";
import { getActuatorBySku } from "@/lib/catalog/queries";
import { presentConfiguration, toEngineInput } from "@/lib/configurations/present";
import { AppError } from "@/lib/http/errors";
import { enqueueJob } from "@/lib/jobs/outbox";
import { type CurrentCalibration, loadCalibration } from "@/lib/ml/calibration-service";
import { classifyFluid } from "@/lib/prediction/calibration";
import { MODEL_VERSION } from "@/lib/prediction/model-version";
import { predictActuatorAtPressure } from "@/lib/prediction/predict";
import { actuatorSchema } from "@/lib/prediction/schemas";
import { allows } from "@/lib/rbac/permissions";
import { enqueueWebhookEvent } from "@/lib/webhooks/enqueue";
import { assertFeedbackAccess } from "./access";
import { computePredictionMatched, getMeasuredDropletUm, parseDropletRange } from "./accuracy";
import { type FeedbackDetail, presentFeedback } from "./present";
import { type FeedbackRow, getFeedbackRow, listFeedbackForConfiguration, listVisibleAggregates } from "./queries";
import type { configurationFeedbackSchema } from "./response-schemas";
import type { CreateFeedbackInput, UpdateFeedbackInput } from "./schemas";

type ConfigurationRow = typeof configurations.$inferSelect;

async function loadConfiguration(tx: Tx, tenantId: string, id: string): Promise<ConfigurationRow> {
  const [row] = await tx
    .select()
    .from(configurations)
    .where(and(eq(configurations.tenantId, tenantId), eq(configurations.id, id)));
  if (!row) throw new AppError("not_found", "Configuration not found");
  return row;
}

async function loadFeedback(tx: Tx, tenantId: string, id: string): Promise<FeedbackRow> {
  const row = await getFeedbackRow(tx, tenantId, id, { forUpdate: true });
  if (!row) throw new AppError("not_found", "Lab result not found");
  return row;
}

const invalid = (path: string, message: string) =>
  new AppError("validation_failed", "The lab result is not valid", { details: [{ path, message }] });

async function assertProcurement(tx: Tx, tenantId: string, configurationId: string, procurementId: string | null | undefined) {
  if (!procurementId) return;
  const [found] = await tx
    .select({ configurationId: procurements.configurationId })
    .from(procurements)
    .where(and(eq(procurements.tenantId, tenantId), eq(procurements.id, procurementId)));
  if (found?.configurationId !== configurationId) throw invalid("procurementId", "Not an order of this configuration");
}

/**
 * The engine's prediction for the tested SKU at the tested pressure with the configuration's
 * fluid, with the tenant's current calibration, and the uncalibrated one calibration fits to.
 */
async function predictAsTested(configuration: ConfigurationRow, sku: string, pressureBar: number, calibration: CurrentCalibration) {
  const row = await getActuatorBySku(sku);
  const actuator = row ? actuatorSchema.safeParse(row) : null;
  if (!actuator?.success) throw invalid("actuatorSku", `${sku} is not in the catalog`);
  const input = toEngineInput(presentConfiguration(configuration));
  const p = predictActuatorAtPressure(input, actuator.data, pressureBar, { calibration: calibration.table });
  const b = p.calibrated ? predictActuatorAtPressure(input, actuator.data, pressureBar) : p;
  return {
    dv50Um: p.dv50Um,
    coneDeg: p.coneDeg,
    flowMlMin: p.flowMlMin,
    modelVersion: MODEL_VERSION,
    calibrationVersion: calibration.version,
    baseline: { dv50Um: b.dv50Um, coneDeg: b.coneDeg, flowMlMin: b.flowMlMin },
  };
}

/** The columns of a result: its measurements, the prediction and whether they matched. */
async function toColumns(tx: Tx, configuration: ConfigurationRow, input: UpdateFeedbackInput) {
  const calibration = await loadCalibration(tx, configuration.tenantId);
  const predicted = await predictAsTested(configuration, input.actuatorSku, input.testConditions.pressureBar, calibration);
  const range = input.dropletSizeRangeUm ? parseDropletRange(input.dropletSizeRangeUm) : null;
  const measures = { dv50Um: input.dv50Um, dropletSizeMinUm: range?.minUm, dropletSizeMaxUm: range?.maxUm };
  const coneDeg = input.sprayConeAngleActual ?? null;
  return {
    procurementId: input.procurementId ?? null,
    actuatorSku: input.actuatorSku,
    fluidId: configuration.fluidId,
    fluidClass: classifyFluid(Number(configuration.fluidViscosityCp)),
    testConditions: input.testConditions,
    rating: input.rating ?? null,
    sprayConeAngleActual: coneDeg,
    dropletSizeRangeUm: input.dropletSizeRangeUm || null,
    dropletSizeMinUm: range?.minUm ?? null,
    dropletSizeMaxUm: range?.maxUm ?? null,
    dv10Um: input.dv10Um ?? null,
    dv50Um: input.dv50Um ?? null,
    dv90Um: input.dv90Um ?? null,
    flowRateActualMlMin: input.flowRateActualMlMin == null ? null : input.flowRateActualMlMin.toFixed(2),
    passFail: input.passFail,
    issueDescription: input.issueDescription ?? null,
    confidenceInPrediction: input.confidence ?? null,
    predictedDv50P10Um: predicted.dv50Um.p10,
    predictedDv50P50Um: predicted.dv50Um.p50,
    predictedDv50P90Um: predicted.dv50Um.p90,
    predictedConeP10Deg: predicted.coneDeg.p10,
    predictedConeP50Deg: predicted.coneDeg.p50,
    predictedConeP90Deg: predicted.coneDeg.p90,
    predictedFlowP10MlMin: predicted.flowMlMin.p10,
    predictedFlowP50MlMin: predicted.flowMlMin.p50,
    predictedFlowP90MlMin: predicted.flowMlMin.p90,
    modelVersion: predicted.modelVersion,
    calibrationVersion: predicted.calibrationVersion,
    baselinePrediction: predicted.baseline,
    predictionMatched: computePredictionMatched({ dropletUm: getMeasuredDropletUm(measures), coneDeg }, predicted),
  };
}

// The tenant's calibration follows its results: a debounced job (lib/jobs/worker.ts), asked
// for in the transaction of the change.
const requestRecalibration = (tx: Tx, tenantId: string) => enqueueJob(tx, "ml.recalibrate", { tenantId });

// The global SKU × fluid aggregates follow each insert, update and delete of feedback by its
// delta, in the same transaction: statement triggers on the table (drizzle/0030).

/** Records a lab result for one of the tenant's configurations (404 for another tenant's). */
export async function createFeedback(ctx: ActorContext, input: CreateFeedbackInput): Promise<FeedbackDetail> {
  const { tenantId, userId } = ctx.actor;
  return withTenantTx(tenantId, async (tx) => {
    const configuration = await loadConfiguration(tx, tenantId, input.configurationId);
    await assertProcurement(tx, tenantId, configuration.id, input.procurementId);
    const columns = await toColumns(tx, configuration, input);
    const [row] = await tx
      .insert(feedback)
      .values({ tenantId, userId, configurationId: configuration.id, ...columns })
      .returning();
    await refreshAccuracySums(tx, tenantId, [row!]);
    await requestRecalibration(tx, tenantId);
    await recordAudit(tx, auditContext(ctx), {
      action: "feedback.create",
      resourceType: "feedback",
      resourceId: row!.id,
      changes: { configurationId: configuration.id, actuatorSku: row!.actuatorSku, predictionMatched: row!.predictionMatched },
    });
    await enqueueWebhookEvent(tx, tenantId, "feedback.created", {
      id: row!.id,
      configuration_id: configuration.id,
      actuator_sku: row!.actuatorSku,
      created_at: row!.createdAt.toISOString(),
    });
    return presentFeedback(ctx.actor, row!);
  });
}

/** Replaces a result's measurements (its recorder or an admin); the prediction is made again for them. */
export async function updateFeedback(ctx: ActorContext, id: string, input: UpdateFeedbackInput): Promise<FeedbackDetail> {
  const { tenantId } = ctx.actor;
  return withTenantTx(tenantId, async (tx) => {
    const current = await loadFeedback(tx, tenantId, id);
    assertFeedbackAccess(ctx.actor, current, "edit");
    const configuration = await loadConfiguration(tx, tenantId, current.configurationId);
    await assertProcurement(tx, tenantId, configuration.id, input.procurementId);
    const columns = await toColumns(tx, configuration, input);
    const [row] = await tx
      .update(feedback)
      .set(columns)
      .where(and(eq(feedback.tenantId, tenantId), eq(feedback.id, id)))
      .returning();
    await refreshAccuracySums(tx, tenantId, [current, row!]);
    await requestRecalibration(tx, tenantId);
    await recordAudit(tx, auditContext(ctx), {
      action: "feedback.update",
      resourceType: "feedback",
      resourceId: id,
      changes: diff(pickAudited(current), pickAudited(row!)),
    });
    return presentFeedback(ctx.actor, row!);
  });
}

function pickAudited(row: FeedbackRow) {
  return {
    actuatorSku: row.actuatorSku,
    testConditions: row.testConditions,
    sprayConeAngleActual: row.sprayConeAngleActual,
    dv50Um: row.dv50Um,
    dropletSizeRangeUm: row.dropletSizeRangeUm,
    flowRateActualMlMin: row.flowRateActualMlMin,
    passFail: row.passFail,
    rating: row.rating,
    predictionMatched: row.predictionMatched,
  };
}

/** Deletes a result (its recorder or an admin). */
export async function deleteFeedback(ctx: ActorContext, id: string): Promise<void> {
  const { tenantId } = ctx.actor;
  await withTenantTx(tenantId, async (tx) => {
    const current = await loadFeedback(tx, tenantId, id);
    assertFeedbackAccess(ctx.actor, current, "delete");
    await tx.delete(feedback).where(and(eq(feedback.tenantId, tenantId), eq(feedback.id, id)));
    await refreshAccuracySums(tx, tenantId, [current]);
    await requestRecalibration(tx, tenantId);
    await recordAudit(tx, auditContext(ctx), {
      action: "feedback.delete",
      resourceType: "feedback",
      resourceId: id,
      changes: { configurationId: current.configurationId, actuatorSku: current.actuatorSku },
    });
  });
}

/**
 * A configuration's lab results with what the caller may do, and the anonymised results of
 * other organizations for the same SKUs and fluid (only groups enough tenants contributed to).
 */
export async function getConfigurationFeedback(
  ctx: ActorContext,
  configurationId: string,
): Promise<z.input<typeof configurationFeedbackSchema>> {
  const { tenantId } = ctx.actor;
  return withTenantReadTx(tenantId, async (tx) => {
    const configuration = await loadConfiguration(tx, tenantId, configurationId);
    const rows = await listFeedbackForConfiguration(tx, tenantId, configurationId);
    const skus = [...new Set(rows.map((r) => r.actuatorSku))];
    const aggregates = await listVisibleAggregates(tx, configuration.fluidId, skus);
    return {
      items: rows.map((row) => presentFeedback(ctx.actor, row)),
      aggregates,
      access: { create: allows(ctx.actor, "feedback.write") },
    };
  });
}

export type ConfigurationFeedback = Awaited<ReturnType<typeof getConfigurationFeedback>>;
