import { withTenant } from "@/lib/http/route";
import { getCalibrationOverview, recalibrateNow } from "@/lib/ml/calibration-service";
import { calibrationOverviewSchema, calibrationSchema } from "@/lib/ml/response-schemas";

export const dynamic = "force-dynamic";

// GET /api/ml/calibration — the organization's current calibration, its out-of-sample accuracy before and after, and the latest versions
export const GET = withTenant({ permission: "analytics.read", response: calibrationOverviewSchema }, async ({ actor, meta }) => {
  return getCalibrationOverview({ actor, meta });
});

// POST /api/ml/calibration — recalibrate now from all the organization's lab results; a new version
export const POST = withTenant({ permission: "feedback.write", response: calibrationSchema, status: 201 }, async ({ actor, meta }) => {
  return recalibrateNow({ actor, meta });
});
