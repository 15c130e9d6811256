// Empirical-Bayes calibration of the prediction engine from lab results (docs/prediction.md,
// "Calibration"). Pure: the job loads the points, this fits them, the engine applies the table.

import type { CalibrationFactors, CalibrationTable, FluidClass } from "@/lib/prediction/calibration";

const QUANTITIES = ["droplet", "flow", "cone"] as const;
type Quantity = (typeof QUANTITIES)[number];

/**
 * One measured quantity of a lab result against the uncalibrated prediction: the residual
 * (log measured/predicted for droplet size and flow, measured − predicted degrees for cone),
 * and the 1σ the engine gave that prediction.
 */
export interface Residual {
  value: number;
  baselineSigma: number;
}

export interface CalibrationPoint {
  sku: string;
  fluidClass: FluidClass;
  supplier: string;
  sprayType: string;
  droplet?: Residual;
  flow?: Residual;
  cone?: Residual;
}

interface QuantityRule {
  // Between-SKU standard deviation assumed while too few SKUs show it, and its floor.
  priorTau: number;
  tauFloor: number;
  // No cell is ever certain: residual σ never below this.
  sigmaFloor: number;
  // The schema's limits (lib/prediction/calibration.ts).
  maxCorrection: number;
  maxSigma: number;
}

const RULES: Record<Quantity, QuantityRule> = {
  droplet: { priorTau: 0.1, tauFloor: 0.02, sigmaFloor: 0.02, maxCorrection: 2, maxSigma: 2 },
  flow: { priorTau: 0.03, tauFloor: 0.005, sigmaFloor: 0.005, maxCorrection: 1, maxSigma: 1 },
  cone: { priorTau: 2, tauFloor: 0.3, sigmaFloor: 0.3, maxCorrection: 45, maxSigma: 45 },
};

// Prior degrees of freedom of a residual variance: how many results the default σ is worth.
const PRIOR_DF = 4;

interface CellEstimate {
  n: number;
  // Posterior mean residual, applied as the correction.
  correction: number;
  // Predictive 1σ of a new result of this cell after the correction: the engine's interval σ.
  sigma: number;
}

type QuantityFit = Map<string, CellEstimate>;
export type CalibrationFit = Record<Quantity, QuantityFit>;

/**
 * What the estimator needs of a cell's results for one quantity: their count, mean, sum of
 * squared deviations from the mean, and the mean σ² the engine gave them. Results (points)
 * reduce to these; so do the anonymised aggregates of the global layer.
 */
export interface CellSummary {
  sku: string;
  fluidClass: FluidClass;
  supplier: string;
  sprayType: string;
  n: number;
  mean: number;
  ss: number;
  baselineVar: number;
}

interface Cell extends CellSummary {
  key: string;
  group: string;
}

export function cellKey(sku: string, fluidClass: FluidClass): string {
  return `${sku}\u0000${fluidClass}`;
}

function toCell(s: CellSummary): Cell {
  return { ...s, key: cellKey(s.sku, s.fluidClass), group: `${s.supplier}\u0000${s.sprayType}\u0000${s.fluidClass}` };
}

// Summaries of one SKU × fluid class (two library fluids of one class) pool into one cell:
// SS = SS₁ + SS₂ + n₁n₂/(n₁ + n₂) · (m₁ − m₂)².
function mergeCells(summaries: readonly CellSummary[]): Cell[] {
  const byKey = new Map<string, Cell>();
  for (const s of summaries) {
    if (!(s.n > 0)) continue;
    const cell = toCell(s);
    const prior = byKey.get(cell.key);
    if (!prior) {
      byKey.set(cell.key, cell);
      continue;
    }
    const n = prior.n + s.n;
    prior.ss += s.ss + ((prior.n * s.n) / n) * (prior.mean - s.mean) ** 2;
    prior.mean = (prior.n * prior.mean + s.n * s.mean) / n;
    prior.baselineVar = (prior.n * prior.baselineVar + s.n * s.baselineVar) / n;
    prior.n = n;
  }
  return [...byKey.values()];
}

function summarize(points: readonly CalibrationPoint[], q: Quantity): CellSummary[] {
  const sums = new Map<string, { p: CalibrationPoint; n: number; sum: number; sumSq: number; baseline: number }>();
  for (const p of points) {
    const r = p[q];
    if (r === undefined || !Number.isFinite(r.value)) continue;
    const key = cellKey(p.sku, p.fluidClass);
    let s = sums.get(key);
    if (!s) {
      s = { p, n: 0, sum: 0, sumSq: 0, baseline: 0 };
      sums.set(key, s);
    }
    s.n++;
    s.sum += r.value;
    s.sumSq += r.value * r.value;
    s.baseline += r.baselineSigma * r.baselineSigma;
  }
  const out: CellSummary[] = [];
  for (const { p, n, sum, sumSq, baseline } of sums.values()) {
    const mean = sum / n;
    out.push({
      sku: p.sku,
      fluidClass: p.fluidClass,
      supplier: p.supplier,
      sprayType: p.sprayType,
      n,
      mean,
      ss: Math.max(0, sumSq - n * mean * mean),
      baselineVar: baseline / n,
    });
  }
  return out;
}

/**
 * DerSimonian–Laird: the between-unit variance of means m_i with sampling variances v_i,
 * τ² = max(floor², (Q − (k − 1)) / (Σw − Σw²/Σw)), Q = Σ w_i (m_i − m̄_w)², w_i = 1/v_i.
 * With fewer than two units it cannot be estimated and the prior stands.
 */
export function estimateTau2(means: readonly number[], variances: readonly number[], prior: number, floor: number): number {
  const k = means.length;
  if (k < 2) return prior * prior;
  let sw = 0;
  let sw2 = 0;
  let swm = 0;
  for (let i = 0; i < k; i++) {
    const w = 1 / variances[i]!;
    sw += w;
    sw2 += w * w;
    swm += w * means[i]!;
  }
  const mBar = swm / sw;
  let qStat = 0;
  for (let i = 0; i < k; i++) qStat += (means[i]! - mBar) ** 2 / variances[i]!;
  const c = sw - sw2 / sw;
  const tau2 = c > 0 ? (qStat - (k - 1)) / c : 0;
  return Math.max(floor * floor, tau2);
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function fitQuantity(summaries: readonly CellSummary[], q: Quantity): QuantityFit {
  const rule = RULES[q];
  const cells = mergeCells(summaries);
  const fit: QuantityFit = new Map();
  if (cells.length === 0) return fit;
  const groups = groupBy(cells, (c) => c.group);

  // Residual variances, shrunk level by level with PRIOR_DF degrees of freedom: the within-cell
  // variance pooled over every cell toward the engine's own σ², each group's pooled variance
  // toward that, each cell's toward its group's.
  const pool = (members: readonly Cell[]) => {
    let ss = 0;
    let df = 0;
    for (const c of members) {
      ss += c.ss;
      df += c.n - 1;
    }
    return { ss, df };
  };
  const shrinkVar = (prior: number, ss: number, df: number) => (PRIOR_DF * prior + ss) / (PRIOR_DF + df);
  let baseline = 0;
  let count = 0;
  for (const c of cells) {
    baseline += c.baselineVar * c.n;
    count += c.n;
  }
  const all = pool(cells);
  const pooledVar = shrinkVar(baseline / count, all.ss, all.df);
  const cellVar = new Map<Cell, number>();
  for (const members of groups.values()) {
    const g = pool(members);
    const groupVar = shrinkVar(pooledVar, g.ss, g.df);
    for (const c of members) cellVar.set(c, Math.max(rule.sigmaFloor ** 2, shrinkVar(groupVar, c.ss, c.n - 1)));
  }
  const sampling = (c: Cell) => cellVar.get(c)! / c.n;

  // Between-SKU variance within groups: DL over each group's cells; groups of one cell take the
  // estimate pooled over every cell of the quantity (or the prior).
  const pooledTau2 = estimateTau2(
    cells.map((c) => c.mean),
    cells.map(sampling),
    rule.priorTau,
    rule.tauFloor,
  );
  const groupTau2 = new Map<string, number>();
  for (const [g, members] of groups) {
    const tau2 =
      members.length < 2
        ? pooledTau2
        : estimateTau2(
            members.map((c) => c.mean),
            members.map(sampling),
            rule.priorTau,
            rule.tauFloor,
          );
    groupTau2.set(g, tau2);
  }

  // Group means (precision-weighted with weights 1/(v_i + τ²)), each shrunk toward 0 by the
  // between-group variance, itself a DL estimate over the groups.
  const raw = [...groups].map(([g, members]) => {
    const tau2 = groupTau2.get(g)!;
    let sw = 0;
    let swm = 0;
    for (const c of members) {
      const w = 1 / (sampling(c) + tau2);
      sw += w;
      swm += w * c.mean;
    }
    return { g, mean: swm / sw, variance: 1 / sw };
  });
  const betweenGroups = estimateTau2(
    raw.map((r) => r.mean),
    raw.map((r) => r.variance),
    rule.priorTau,
    rule.tauFloor,
  );
  const groupMean = new Map<string, { mean: number; variance: number }>();
  for (const r of raw) {
    const b = betweenGroups / (betweenGroups + r.variance);
    groupMean.set(r.g, { mean: b * r.mean, variance: b * r.variance });
  }

  for (const c of cells) {
    const tau2 = groupTau2.get(c.group)!;
    const prior = groupMean.get(c.group)!;
    const sigma2 = cellVar.get(c)!;
    // B = (n/σ²) / (n/σ² + 1/τ²): the weight of the cell's own mean against its group's.
    const precision = c.n / sigma2;
    const weight = precision / (precision + 1 / tau2);
    const correction = weight * c.mean + (1 - weight) * prior.mean;
    const posteriorVar = 1 / (precision + 1 / tau2) + (1 - weight) ** 2 * prior.variance;
    const predictive2 = sigma2 + posteriorVar;
    fit.set(c.key, {
      n: c.n,
      correction: clamp(correction, -rule.maxCorrection, rule.maxCorrection),
      sigma: clamp(Math.sqrt(predictive2), rule.sigmaFloor, rule.maxSigma),
    });
  }
  return fit;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export function fitCalibration(points: readonly CalibrationPoint[]): CalibrationFit {
  return fitCalibrationFromSummaries({
    droplet: summarize(points, "droplet"),
    flow: summarize(points, "flow"),
    cone: summarize(points, "cone"),
  });
}

export function fitCalibrationFromSummaries(summaries: Partial<Record<Quantity, readonly CellSummary[]>>): CalibrationFit {
  return {
    droplet: fitQuantity(summaries.droplet ?? [], "droplet"),
    flow: fitQuantity(summaries.flow ?? [], "flow"),
    cone: fitQuantity(summaries.cone ?? [], "cone"),
  };
}

/** The fit as the factors the engine reads, sku → fluid class → factors. */
export function toCalibrationFactors(fit: CalibrationFit): Record<string, Partial<Record<FluidClass, CalibrationFactors>>> {
  const out: Record<string, Partial<Record<FluidClass, CalibrationFactors>>> = {};
  const entry = (key: string): CalibrationFactors => {
    const [sku, fluidClass] = key.split("\u0000") as [string, FluidClass];
    const bySku = out[sku] ?? {};
    out[sku] = bySku;
    const factors = bySku[fluidClass] ?? {};
    bySku[fluidClass] = factors;
    return factors;
  };
  for (const [key, e] of fit.droplet) Object.assign(entry(key), { smdLogCorrection: e.correction, smdSigma: e.sigma });
  for (const [key, e] of fit.flow) Object.assign(entry(key), { flowLogCorrection: e.correction, flowSigma: e.sigma });
  for (const [key, e] of fit.cone) Object.assign(entry(key), { coneCorrectionDeg: e.correction, coneSigmaDeg: e.sigma });
  return out;
}

export type CalibrationFactorsBySku = ReturnType<typeof toCalibrationFactors>;

/**
 * The table the engine takes, the tenant's own layer over the global one: per SKU × fluid
 * class, each factor the tenant's results give, else the global layer's.
 */
export function toCalibrationTable(...layersTopFirst: readonly (CalibrationFactorsBySku | null | undefined)[]): CalibrationTable {
  const table = new Map<string, Partial<Record<FluidClass, CalibrationFactors>>>();
  for (const layer of [...layersTopFirst].reverse()) {
    if (!layer) continue;
    for (const [sku, byClass] of Object.entries(layer)) {
      const merged = { ...table.get(sku) };
      for (const [fluidClass, factors] of Object.entries(byClass) as [FluidClass, CalibrationFactors][]) {
        merged[fluidClass] = { ...merged[fluidClass], ...factors };
      }
      table.set(sku, merged);
    }
  }
  return table;
}

// P10 and P90 of a normal distribution lie 1.2816 σ from the median.
const P90_Z = 1.2815515655446004;

interface QuantityMetrics {
  n: number;
  rmseBefore: number | null;
  rmseAfter: number | null;
  coverageBefore: number | null;
  coverageAfter: number | null;
}
export type CalibrationMetrics = Record<Quantity, QuantityMetrics> & { folds: number };

/**
 * Out-of-sample accuracy: each result is predicted by a calibration fitted without it (k-fold,
 * folds by a fixed interleave of the points, leave-one-out below k points), against the
 * uncalibrated prediction. RMSE in log space for droplet size and flow, degrees for cone;
 * coverage is the share of results inside the P10–P90 interval.
 */
export function evaluateOutOfSample(points: readonly CalibrationPoint[], maxFolds = 5): CalibrationMetrics {
  const folds = Math.min(maxFolds, points.length);
  const acc = Object.fromEntries(QUANTITIES.map((q) => [q, { n: 0, before: 0, after: 0, coverBefore: 0, coverAfter: 0 }])) as Record<
    Quantity,
    { n: number; before: number; after: number; coverBefore: number; coverAfter: number }
  >;
  for (let fold = 0; fold < folds; fold++) {
    const train: CalibrationPoint[] = [];
    const test: CalibrationPoint[] = [];
    for (let i = 0; i < points.length; i++) (i % folds === fold ? test : train).push(points[i]!);
    const fit = fitCalibration(train);
    for (const p of test) {
      const key = cellKey(p.sku, p.fluidClass);
      for (const q of QUANTITIES) {
        const r = p[q];
        if (r === undefined) continue;
        const a = acc[q];
        const e = fit[q].get(key);
        const after = e ? r.value - e.correction : r.value;
        const afterSigma = e ? e.sigma : r.baselineSigma;
        a.n++;
        a.before += r.value * r.value;
        a.after += after * after;
        if (Math.abs(r.value) <= P90_Z * r.baselineSigma) a.coverBefore++;
        if (Math.abs(after) <= P90_Z * afterSigma) a.coverAfter++;
      }
    }
  }
  const metrics = { folds } as CalibrationMetrics;
  for (const q of QUANTITIES) {
    const a = acc[q];
    metrics[q] =
      a.n === 0
        ? { n: 0, rmseBefore: null, rmseAfter: null, coverageBefore: null, coverageAfter: null }
        : {
            n: a.n,
            rmseBefore: Math.sqrt(a.before / a.n),
            rmseAfter: Math.sqrt(a.after / a.n),
            coverageBefore: a.coverBefore / a.n,
            coverageAfter: a.coverAfter / a.n,
          };
  }
  return metrics;
}
