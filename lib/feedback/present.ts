import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { getFeedbackAccess } from "./access";
import type { FeedbackRow } from "./queries";
import type { feedbackSchema } from "./response-schemas";

/** A lab result as the API shows it: measured beside predicted, and what the caller may do with it. */
export function presentFeedback(actor: Actor, row: FeedbackRow): z.input<typeof feedbackSchema> {
  return {
    id: row.id,
    configurationId: row.configurationId,
    procurementId: row.procurementId,
    userId: row.userId,
    actuatorSku: row.actuatorSku,
    testConditions: row.testConditions,
    measured: {
      coneDeg: row.sprayConeAngleActual,
      flowMlMin: row.flowRateActualMlMin === null ? null : Number(row.flowRateActualMlMin),
      dv10Um: row.dv10Um,
      dv50Um: row.dv50Um,
      dv90Um: row.dv90Um,
      dropletSizeRangeUm: row.dropletSizeRangeUm,
      dropletSizeMinUm: row.dropletSizeMinUm,
      dropletSizeMaxUm: row.dropletSizeMaxUm,
    },
    predicted: {
      dv50Um: { p10: row.predictedDv50P10Um, p50: row.predictedDv50P50Um, p90: row.predictedDv50P90Um },
      coneDeg: { p10: row.predictedConeP10Deg, p50: row.predictedConeP50Deg, p90: row.predictedConeP90Deg },
      flowMlMin: { p10: row.predictedFlowP10MlMin, p50: row.predictedFlowP50MlMin, p90: row.predictedFlowP90MlMin },
      modelVersion: row.modelVersion,
      // The organization's calibration the prediction used (null: none), and the uncalibrated one.
      calibrationVersion: row.calibrationVersion,
      baseline: row.baselinePrediction,
    },
    predictionMatched: row.predictionMatched,
    passFail: row.passFail,
    rating: row.rating,
    issueDescription: row.issueDescription,
    confidence: row.confidenceInPrediction,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    access: getFeedbackAccess(actor, row),
  };
}

export type FeedbackDetail = ReturnType<typeof presentFeedback>;
