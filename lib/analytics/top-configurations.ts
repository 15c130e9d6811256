import type { z } from "zod";
import type { DbOrTx } from "@/db/client";
import type { topConfigurationsSchema } from "./response-schemas";
import type { TopConfigurationsQuery } from "./schemas";
import { listTopFluids, listTopOrderedSkus, listTopRankedSkus, listTopTestedSkus } from "./top-queries";

/** GET /api/analytics/top-configurations: the SKUs and fluids the tenant uses most. */
export async function getTopConfigurations(
  db: DbOrTx,
  tenantId: string,
  query: TopConfigurationsQuery,
): Promise<z.input<typeof topConfigurationsSchema>> {
  const [rankedFirst, tested, ordered, fluids] = await Promise.all([
    listTopRankedSkus(db, tenantId, query),
    listTopTestedSkus(db, tenantId, query),
    listTopOrderedSkus(db, tenantId, query),
    listTopFluids(db, tenantId, query),
  ]);
  return { filters: query, skus: { rankedFirst, tested, ordered }, fluids };
}
