import type { CalibrationFactorsBySku } from "../calibration-estimator";
import type { Quantity, Residuals } from "./features";

export const MODEL_TYPES = ["calibration", "random_forest", "neural_net"] as const;
export type ModelType = (typeof MODEL_TYPES)[number];

/** What a model is asked about one test: the SKU and liquid (for the calibration's cells) and the features. */
export type ModelInput = { sku: string; viscosityCp: number; features: number[] };

export type NetJson = {
  xMean: number[];
  xSd: number[];
  yMean: number;
  ySd: number;
  w1: number[][];
  b1: number[];
  w2: number[];
  b2: number;
};

/** A trained model as stored in custom_models.model (jsonb). */
export type SerializedModel =
  | { type: "calibration"; factors: CalibrationFactorsBySku }
  | { type: "random_forest"; forests: Partial<Record<Quantity, Record<string, unknown>[]>> }
  | { type: "neural_net"; nets: Partial<Record<Quantity, NetJson>> };

/** Training samples of one quantity: the rows where it was measured. */
export type QuantitySamples = { x: number[][]; y: number[] };

export type PredictResiduals = (inputs: readonly ModelInput[]) => Residuals[];
