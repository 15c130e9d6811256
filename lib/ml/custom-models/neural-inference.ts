// Inference of the `neural_net` type on the stored weights: no TensorFlow at prediction time.

import type { Quantity } from "./features";
import type { ModelInput, NetJson, PredictResiduals, SerializedModel } from "./model-types";

/** tanh(x·W₁ + b₁)·w₂ + b₂ on standardized inputs, back to the residual's units. */
function forwardNet(net: NetJson, features: readonly number[]): number {
  let out = net.b2;
  for (let h = 0; h < net.b1.length; h++) {
    let z = net.b1[h]!;
    for (let j = 0; j < features.length; j++) z += ((features[j]! - net.xMean[j]!) / net.xSd[j]!) * net.w1[j]![h]!;
    out += Math.tanh(z) * net.w2[h]!;
  }
  return net.yMean + net.ySd * out;
}

export function neuralPredictor(model: Extract<SerializedModel, { type: "neural_net" }>): PredictResiduals {
  const { nets } = model;
  const run = (q: Quantity, f: number[]) => (nets[q] ? forwardNet(nets[q], f) : null);
  return (inputs: readonly ModelInput[]) =>
    inputs.map((i) => ({ dv50Log: run("dv50Log", i.features), flowLog: run("flowLog", i.features), coneDeg: run("coneDeg", i.features) }));
}
