import type { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { listAccuracyBreakdowns, listAccuracyPoints } from "./accuracy-queries";
import { presentAccuracy } from "./present";
import type { accuracyReportSchema } from "./response-schemas";
import type { AccuracyQuery } from "./schemas";

/** How many of the latest results the scatter chart gets. */
const ACCURACY_POINT_LIMIT = 500;

/** GET /api/analytics/accuracy: the tenant's predictions against its lab results, as filtered. */
export async function getAccuracyReport(db: DbOrTx, tenantId: string, query: AccuracyQuery): Promise<z.input<typeof accuracyReportSchema>> {
  const [groups, points] = await Promise.all([
    listAccuracyBreakdowns(db, tenantId, query),
    listAccuracyPoints(db, tenantId, query, ACCURACY_POINT_LIMIT),
  ]);
  return { filters: query, ...presentAccuracy(groups, points, ACCURACY_POINT_LIMIT) };
}
