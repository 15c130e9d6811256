// The `random_forest` model type: one ml-random-forest regression per quantity on the features.

import { RandomForestRegression } from "ml-random-forest";
import { QUANTITIES, type Quantity } from "./features";
import type { ModelInput, PredictResiduals, QuantitySamples, SerializedModel } from "./model-types";

// Small forests: training stays in seconds on the capped rows, and bagging with shallow
// trees keeps a forest from memorising the measurement noise.
const FOREST_OPTIONS = {
  nEstimators: 40,
  maxFeatures: 0.7,
  replacement: true,
  useSampleBagging: true,
  noOOB: true,
  seed: 42,
  treeOptions: { maxDepth: 8, minNumSamples: 6 },
};

// Fewer samples than this and a forest is not trained for the quantity (the physics stands).
const MIN_SAMPLES = 8;

export function trainForestModel(samples: Partial<Record<Quantity, QuantitySamples>>): SerializedModel {
  const forests: Partial<Record<Quantity, Record<string, unknown>>> = {};
  for (const q of QUANTITIES) {
    const s = samples[q];
    if (!s || s.y.length < MIN_SAMPLES) continue;
    const forest = new RandomForestRegression(FOREST_OPTIONS);
    forest.train(s.x, s.y);
    forests[q] = JSON.parse(JSON.stringify(forest.toJSON())) as Record<string, unknown>;
  }
  return { type: "random_forest", forests };
}

export function forestPredictor(model: Extract<SerializedModel, { type: "random_forest" }>): PredictResiduals {
  const loaded = QUANTITIES.map((q) => {
    const json = model.forests[q];
    return [q, json ? RandomForestRegression.load(json as unknown as Parameters<typeof RandomForestRegression.load>[0]) : null] as const;
  });
  return (inputs: readonly ModelInput[]) => {
    const x = inputs.map((i) => i.features);
    const byQuantity = new Map(loaded.map(([q, forest]) => [q, forest && x.length > 0 ? forest.predict(x) : null]));
    return inputs.map((_, i) => ({
      dv50Log: byQuantity.get("dv50Log")?.[i] ?? null,
      flowLog: byQuantity.get("flowLog")?.[i] ?? null,
      coneDeg: byQuantity.get("coneDeg")?.[i] ?? null,
    }));
  };
}
