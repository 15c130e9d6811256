// The `random_forest` model type: per quantity, bagged ml-random-forest regression trees on the
// features. The trees are trained one at a time (each a one-tree forest with its own seed) and
// the job yields to the event loop between them: the worker shares the web process, and one
// synchronous fit of every tree would stall its requests for many seconds.

import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { RandomForestRegression } from "ml-random-forest";
import { QUANTITIES, type Quantity } from "./features";
import type { ModelInput, PredictResiduals, QuantitySamples, SerializedModel } from "./model-types";

// Small forests: training stays within seconds on the capped rows, and bagging with shallow
// trees keeps a forest from memorising the measurement noise.
const TREES = 24;
const TREE_OPTIONS = {
  nEstimators: 1,
  maxFeatures: 0.6,
  replacement: true,
  useSampleBagging: true,
  noOOB: true,
  treeOptions: { maxDepth: 7, minNumSamples: 6 },
};

// Fewer samples than this and a forest is not trained for the quantity (the physics stands).
const MIN_SAMPLES = 8;

type ForestJson = Record<string, unknown>;
type LoadModel = Parameters<typeof RandomForestRegression.load>[0];

async function trainTrees(s: QuantitySamples, seedBase: number): Promise<ForestJson[]> {
  const trees: ForestJson[] = [];
  for (let i = 0; i < TREES; i++) {
    const tree = new RandomForestRegression({ ...TREE_OPTIONS, seed: seedBase + i });
    tree.train(s.x, s.y);
    trees.push(JSON.parse(JSON.stringify(tree.toJSON())) as ForestJson);
    await yieldToEventLoop();
  }
  return trees;
}

export async function trainForestModel(samples: Partial<Record<Quantity, QuantitySamples>>): Promise<SerializedModel> {
  const forests: Partial<Record<Quantity, ForestJson[]>> = {};
  for (const [i, q] of QUANTITIES.entries()) {
    const s = samples[q];
    if (s && s.y.length >= MIN_SAMPLES) forests[q] = await trainTrees(s, 42 + i * 1000);
  }
  return { type: "random_forest", forests };
}

export function forestPredictor(model: Extract<SerializedModel, { type: "random_forest" }>): PredictResiduals {
  const loaded = new Map(
    QUANTITIES.map((q) => [q, (model.forests[q] ?? []).map((json) => RandomForestRegression.load(json as unknown as LoadModel))] as const),
  );
  const mean = (q: Quantity, x: number[][]) => {
    const trees = loaded.get(q)!;
    if (trees.length === 0 || x.length === 0) return null;
    const sums = new Array<number>(x.length).fill(0);
    for (const tree of trees) for (const [i, v] of tree.predict(x).entries()) sums[i]! += v;
    return sums.map((v) => v / trees.length);
  };
  return (inputs: readonly ModelInput[]) => {
    const x = inputs.map((i) => i.features);
    const dv50 = mean("dv50Log", x);
    const flow = mean("flowLog", x);
    const cone = mean("coneDeg", x);
    return inputs.map((_, i) => ({ dv50Log: dv50?.[i] ?? null, flowLog: flow?.[i] ?? null, coneDeg: cone?.[i] ?? null }));
  };
}
