// A seeded synthetic lab (docs/prediction.md, "Synthetic lab"): lab results whose ground truth
// is a different model than the engine's, so calibration is tested against a real mismatch.
// The truth keeps the engine's droplet size, flow and cone at the SKU's rating point for water
// (the datasheet anchor) and departs from it with other pressure and liquid exponents, a bias
// per supplier × spray type, a bias per SKU, and measurement noise.

import { generateCatalog } from "@/lib/prediction/catalog-generator";
import { predictActuatorAtPressure } from "@/lib/prediction/predict";
import { createMulberry32, type Random, sampleLogUniform, sampleNormal, sampleUniform } from "@/lib/prediction/prng";
import type { Actuator, FluidInput } from "@/lib/prediction/schemas";
import type { LabResultInput } from "./points";

// The truth's exponents (the engine's are about −0.4 on pressure for Dv50 and 0.5 for flow).
const TRUTH = {
  dv50PressureExponent: -0.25,
  dv50ViscosityExponent: 0.12,
  dv50SurfaceTensionExponent: 0.3,
  flowPressureExponent: 0.46,
  coneViscositySlopeDeg: -3,
} as const;

export interface SyntheticLabOptions {
  skuCount: number;
  resultsPerSku: number;
  seed?: number;
  // 1σ of the biases and of the measurement noise (log for droplet size and flow, degrees for cone).
  groupBias?: { dv50: number; flow: number; coneDeg: number };
  skuBias?: { dv50: number; flow: number; coneDeg: number };
  noise?: { dv50: number; flow: number; coneDeg: number };
}

export interface SyntheticLabResult extends LabResultInput {
  fluid: FluidInput;
  pressureBar: number;
}

const WATER: FluidInput = { viscosityCp: 1, densityKgM3: 1000, surfaceTensionMNm: 72.8, flashPointC: null };

type Bias = { dv50: number; flow: number; coneDeg: number };

function drawBias(random: Random, sd: Bias): Bias {
  return { dv50: sd.dv50 * sampleNormal(random), flow: sd.flow * sampleNormal(random), coneDeg: sd.coneDeg * sampleNormal(random) };
}

// Water-like liquids: the "thin" fluid class, one calibration cell per SKU.
function drawFluid(random: Random): FluidInput {
  return {
    viscosityCp: sampleLogUniform(random, 0.7, 4.5),
    densityKgM3: sampleUniform(random, 900, 1100),
    surfaceTensionMNm: sampleUniform(random, 30, 73),
    flashPointC: null,
  };
}

function drawPressureBar(random: Random, a: Actuator): number {
  const low = Math.max(0.5, 0.6 * a.refPressureBar);
  const high = Math.max(low * 1.01, Math.min(a.maxPressureBar, 2 * a.refPressureBar));
  return sampleLogUniform(random, low, high);
}

type Measurement = { dv50Um: number; flowMlMin: number; coneDeg: number };

/**
 * A seeded lab: `measure` answers what a SKU really does with a liquid at a pressure, by the
 * truth model above (biases drawn once per supplier × spray type and per SKU, noise per call).
 */
export function createSyntheticLab(options: Omit<SyntheticLabOptions, "skuCount" | "resultsPerSku"> = {}) {
  const seed = options.seed ?? 1;
  const random = createMulberry32(seed * 7919 + 17);
  const groupSd = options.groupBias ?? { dv50: 0.15, flow: 0.04, coneDeg: 3 };
  const skuSd = options.skuBias ?? { dv50: 0.25, flow: 0.06, coneDeg: 4 };
  const noiseSd = options.noise ?? { dv50: 0.06, flow: 0.02, coneDeg: 1.5 };
  const groupBias = new Map<string, Bias>();
  const skus = new Map<string, { bias: Bias; anchor: ReturnType<typeof predictActuatorAtPressure> }>();
  const skuOf = (a: Actuator) => {
    let known = skus.get(a.sku);
    if (!known) {
      const group = `${a.supplier}/${a.sprayType}`;
      if (!groupBias.has(group)) groupBias.set(group, drawBias(random, groupSd));
      const g = groupBias.get(group)!;
      const s = drawBias(random, skuSd);
      const bias = { dv50: g.dv50 + s.dv50, flow: g.flow + s.flow, coneDeg: g.coneDeg + s.coneDeg };
      known = { bias, anchor: predictActuatorAtPressure({ fluid: WATER }, a, a.refPressureBar) };
      skus.set(a.sku, known);
    }
    return known;
  };
  return {
    random,
    measure(a: Actuator, fluid: FluidInput, pressureBar: number): Measurement {
      const { bias, anchor } = skuOf(a);
      const pressureRatio = pressureBar / a.refPressureBar;
      const dv50Um =
        anchor.dv50Um.p50 *
        pressureRatio ** TRUTH.dv50PressureExponent *
        fluid.viscosityCp ** TRUTH.dv50ViscosityExponent *
        (fluid.surfaceTensionMNm / 72.8) ** TRUTH.dv50SurfaceTensionExponent *
        Math.exp(bias.dv50 + noiseSd.dv50 * sampleNormal(random));
      const flowMlMin =
        a.refFlowMlMin *
        pressureRatio ** TRUTH.flowPressureExponent *
        Math.sqrt(1000 / (fluid.densityKgM3 ?? 1000)) *
        Math.exp(bias.flow + noiseSd.flow * sampleNormal(random));
      const coneDeg =
        anchor.coneDeg.p50 +
        TRUTH.coneViscositySlopeDeg * Math.log(fluid.viscosityCp) +
        bias.coneDeg +
        noiseSd.coneDeg * sampleNormal(random);
      return { dv50Um, flowMlMin, coneDeg: Math.max(1, coneDeg) };
    },
  };
}

export function generateSyntheticLab(options: SyntheticLabOptions): SyntheticLabResult[] {
  const lab = createSyntheticLab(options);
  const results: SyntheticLabResult[] = [];
  for (const a of generateCatalog(options.skuCount, options.seed ?? 1)) {
    for (let i = 0; i < options.resultsPerSku; i++) {
      const fluid = drawFluid(lab.random);
      const pressureBar = drawPressureBar(lab.random, a);
      const measured = lab.measure(a, fluid, pressureBar);
      const p = predictActuatorAtPressure({ fluid }, a, pressureBar);
      results.push({
        sku: a.sku,
        supplier: a.supplier,
        sprayType: a.sprayType,
        viscosityCp: fluid.viscosityCp,
        fluid,
        pressureBar,
        measured,
        predicted: { dv50Um: p.dv50Um, flowMlMin: p.flowMlMin, coneDeg: p.coneDeg },
      });
    }
  }
  return results;
}
