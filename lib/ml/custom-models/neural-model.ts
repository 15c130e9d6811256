// The `neural_net` model type: one small dense network per quantity, trained with
// @tensorflow/tfjs (pure JS, CPU backend). Inference (neural-inference.ts) is the same
// two-layer forward pass on the stored weights, so a prediction request loads no TensorFlow.

import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import * as tf from "@tensorflow/tfjs";
import { QUANTITIES, type Quantity } from "./features";
import type { NetJson, QuantitySamples, SerializedModel } from "./model-types";

// Bounded training: 12 hidden units, a fixed number of epochs over at most the capped rows.
const HIDDEN = 12;
const EPOCHS = 60;
const BATCH = 32;
const MIN_SAMPLES = 8;

function standardize(values: readonly number[]): { mean: number; sd: number } {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length) || 1;
  return { mean, sd };
}

async function trainNet(s: QuantitySamples, seed: number): Promise<NetJson> {
  const width = s.x[0]!.length;
  const columns = Array.from({ length: width }, (_, j) => standardize(s.x.map((row) => row[j]!)));
  const y = standardize(s.y);
  const xs = s.x.map((row) => row.map((v, j) => (v - columns[j]!.mean) / columns[j]!.sd));
  const ys = s.y.map((v) => (v - y.mean) / y.sd);
  const net = tf.sequential({
    layers: [
      tf.layers.dense({
        units: HIDDEN,
        activation: "tanh",
        inputShape: [width],
        kernelInitializer: tf.initializers.glorotUniform({ seed }),
      }),
      tf.layers.dense({
        units: 1,
        kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 1 }),
        kernelRegularizer: tf.regularizers.l2({ l2: 1e-3 }),
      }),
    ],
  });
  net.compile({ optimizer: tf.train.adam(0.01), loss: "meanSquaredError" });
  const xt = tf.tensor2d(xs);
  const yt = tf.tensor2d(ys, [ys.length, 1]);
  try {
    // Yield after each epoch: the worker shares the web process with requests.
    await net.fit(xt, yt, {
      epochs: EPOCHS,
      batchSize: BATCH,
      shuffle: true,
      verbose: 0,
      callbacks: { onEpochEnd: () => yieldToEventLoop() },
    });
    const [k1, b1, k2, b2] = net.getWeights().map((w) => w.arraySync());
    return {
      xMean: columns.map((c) => c.mean),
      xSd: columns.map((c) => c.sd),
      yMean: y.mean,
      ySd: y.sd,
      w1: k1 as number[][],
      b1: b1 as number[],
      w2: (k2 as number[][]).map((r) => r[0]!),
      b2: (b2 as number[])[0]!,
    };
  } finally {
    xt.dispose();
    yt.dispose();
    net.dispose();
  }
}

export async function trainNeuralModel(samples: Partial<Record<Quantity, QuantitySamples>>): Promise<SerializedModel> {
  await tf.setBackend("cpu");
  const nets: Partial<Record<Quantity, NetJson>> = {};
  for (const [i, q] of QUANTITIES.entries()) {
    const s = samples[q];
    if (s && s.y.length >= MIN_SAMPLES) nets[q] = await trainNet(s, 1000 + i * 10);
  }
  return { type: "neural_net", nets };
}
