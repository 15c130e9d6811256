// Synthetic-lab results as training rows (tests and the demo).

import { generateCatalog } from "@/lib/prediction/catalog-generator";
import { generateSyntheticLab, type SyntheticLabOptions } from "../synthetic-lab";
import type { TrainingRow } from "./features";

export function generateSyntheticRows(options: SyntheticLabOptions): TrainingRow[] {
  const catalog = new Map(generateCatalog(options.skuCount, options.seed ?? 1).map((a) => [a.sku, a]));
  return generateSyntheticLab(options).map((r) => ({
    actuator: catalog.get(r.sku)!,
    fluid: { viscosityCp: r.fluid.viscosityCp, densityKgM3: r.fluid.densityKgM3, surfaceTensionMNm: r.fluid.surfaceTensionMNm },
    pressureBar: r.pressureBar,
    measured: r.measured,
    baseline: r.predicted,
  }));
}
