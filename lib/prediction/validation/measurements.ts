import type { SprayType } from "../schemas";

// Published droplet-size measurements the engine is validated against. Every point is copied
// from the source named in its data set, never interpolated or reconstructed; the nozzle
// description (family, cone, orifice) says where each value comes from.

export interface ValidationDataSet {
  id: string;
  title: string;
  // Where the numbers were read: paper + table/figure, or repository + file.
  source: string;
  // What the source does not say and how the engine's inputs were chosen instead.
  assumptions: string;
}

interface ValidationNozzle {
  id: string;
  sprayType: SprayType;
  nominalConeDeg: number;
  orificeDiameterMm: number;
}

interface ValidationLiquid {
  name: string;
  viscosityCp: number;
  densityKgM3: number;
  surfaceTensionMNm: number;
}

// The held-out part never enters a fit: default sigmas and family factors use "fit" only.
export type ValidationSplit = "fit" | "holdout";

export interface ValidationPoint {
  dataSet: string;
  // The row or case label in the source, so a reader can find the number there.
  ref: string;
  nozzle: ValidationNozzle;
  liquid: ValidationLiquid;
  pressureBar: number;
  flowMlMin: number;
  measuredDv50Um: number;
  split: ValidationSplit;
}

// Water at 20 °C; the properties the catalog rating assumes (lib/prediction/water.ts).
const WATER: ValidationLiquid = { name: "water", viscosityCp: 1, densityKgM3: 1000, surfaceTensionMNm: 72.8 };

export const VALIDATION_DATA_SETS: readonly ValidationDataSet[] = [
  {
    id: "bre-spray-1995",
    title: "BRE radiation-attenuation sprays, three water nozzles, 1–8 bar (Murrell et al. 1995)",
    source:
      "firemodels/fds, Validation/BRE_Spray/Experimental_Data/BRE_Spray_Test.csv (columns Pressure bar, Flow l/min, " +
      "dv_50 micron; cases 1–24); nozzle cones and K-factors from Validation/BRE_Spray/FDS_Input_Files/" +
      "BRE_Spray_A_1.fds, BRE_Spray_B_1.fds, BRE_Spray_D_1.fds (TITLE 'Radiation atten. test (Murrel et al. 1995)').",
    assumptions:
      "The files do not name the nozzle models. Family: full cone, as the FDS inputs model each spray as a filled " +
      "cone (SPRAY_ANGLE 0–50°, 0–45°, 0–54°), which also gives the cone angles 100°, 90°, 108°. Orifice: the " +
      "equivalent round orifice that passes the K-factor flow at 1 bar with a discharge coefficient of 0.6 (the " +
      "full-cone midpoint of catalog-generator.ts): d = √(4 Q / (π 0.6 √(2 ΔP / ρ))).",
  },
  {
    id: "usda-reference-fans-2021",
    title: "USDA-ARS laser diffraction of the six ASABE S572.1 reference flat fans, water, 100–450 kPa (Fritz 2021)",
    source:
      "bkfritz/UAV-Rotor-Nozzle-Atomization-Testing (B. K. Fritz, USDA-ARS), 'All Sympatec Data.txt' at commit " +
      "ce59f72289429f1d8499c1147be79b132b2db8d0; columns named in loadAndSaveSympatecData.py (Solution, Nozzle, " +
      "Orientation, Orifice, Pressure, Traverse, Airspeed, Traverse Speed, Meas Distance, Rep, DV10, DV50, DV90). " +
      "Rows with Traverse 'Full', Airspeed 15, Traverse Speed 2, Meas Distance 12, measured 5/20/21; every replicate " +
      "DV50 is copied below and the point is their mean, as the repository's own SympatecSummaryStats.py groups them.",
    assumptions:
      "Family: flat fan (the ASABE S572.1 reference nozzles 110-01, 110-03, 110-06, 80-08, 65-10, 65-15; the file " +
      "names them 11001 … 6515). Pressure: the file's psi values are round kPa settings (14.5 psi = 100 kPa … 65.3 " +
      "psi = 450 kPa, among them the S572.1 reference settings 450, 300, 200, 250, 200 and 150 kPa), converted at " +
      "1 psi = 0.0689476 bar. Units of Airspeed and Meas Distance are not in the file; the repository's P15 parser " +
      "names the same settings 'Wind Speed (mph)' and 'Distance (in)', i.e. 6.7 m/s air and 30 cm sampling distance. " +
      "The same file's Airspeed 2 rows are a different sampling condition and are not used. Flow is not in the file: the capacity code is the US gal/min at 40 psi (×10), so " +
      "Q = code/10 gal/min · √(P / 40 psi), 1 gal/min = 3785.41 ml/min. Cone: the nominal fan angle of the code " +
      "(110°, 80°, 65°). Orifice: the equivalent round orifice that passes that flow with a discharge coefficient of " +
      "0.7 (the flat-fan midpoint of catalog-generator.ts): d = √(4 Q / (π 0.7 √(2 ΔP / ρ))), taken as d_h.",
  },
];

// Equivalent orifices from the FDS K-factors (0.35, 1.4 and 2.6 l/min at 1 bar), see assumptions above.
const BRE_NOZZLE_1: ValidationNozzle = {
  id: "BRE nozzle 1 (FDS 'A')",
  sprayType: "full_cone",
  nominalConeDeg: 100,
  orificeDiameterMm: 0.94,
};
const BRE_NOZZLE_2: ValidationNozzle = {
  id: "BRE nozzle 2 (FDS 'B')",
  sprayType: "full_cone",
  nominalConeDeg: 90,
  orificeDiameterMm: 1.87,
};
const BRE_NOZZLE_3: ValidationNozzle = {
  id: "BRE nozzle 3 (FDS 'D')",
  sprayType: "full_cone",
  nominalConeDeg: 108,
  orificeDiameterMm: 2.55,
};

// [case, nozzle, pressure bar, flow l/min, dv_50 µm] exactly as in BRE_Spray_Test.csv.
const BRE_ROWS: ReadonlyArray<readonly [number, ValidationNozzle, number, number, number]> = [
  [1, BRE_NOZZLE_1, 1, 0.35, 268],
  [2, BRE_NOZZLE_1, 2, 0.55, 175],
  [3, BRE_NOZZLE_1, 3, 0.625, 110],
  [4, BRE_NOZZLE_1, 4, 0.7, 104],
  [5, BRE_NOZZLE_1, 5, 0.75, 102],
  [6, BRE_NOZZLE_1, 6, 0.875, 102],
  [7, BRE_NOZZLE_1, 7, 0.95, 93],
  [8, BRE_NOZZLE_1, 8, 1, 126],
  [9, BRE_NOZZLE_2, 1, 1.4, 392],
  [10, BRE_NOZZLE_2, 2, 1.825, 266],
  [11, BRE_NOZZLE_2, 3, 2, 167],
  [12, BRE_NOZZLE_2, 4, 2.25, 162],
  [13, BRE_NOZZLE_2, 5, 2.5, 115],
  [14, BRE_NOZZLE_2, 6, 2.75, 126],
  [15, BRE_NOZZLE_2, 7, 3, 156],
  [16, BRE_NOZZLE_2, 8, 3.25, 148],
  [17, BRE_NOZZLE_3, 1, 2.6, 691],
  [18, BRE_NOZZLE_3, 2, 3.75, 753],
  [19, BRE_NOZZLE_3, 3, 4.5, 794],
  [20, BRE_NOZZLE_3, 4, 5, 638],
  [21, BRE_NOZZLE_3, 5, 5.75, 550],
  [22, BRE_NOZZLE_3, 6, 6, 182],
  [23, BRE_NOZZLE_3, 7, 6.75, 178],
  [24, BRE_NOZZLE_3, 8, 7.5, 160],
];

// Held out, named: every case whose number is a multiple of 3 (3, 6, …, 24), i.e. one pressure
// in three of every nozzle, spread over the whole range. Fixed by the case number, not drawn.
function assignSplit(caseNumber: number): ValidationSplit {
  return caseNumber % 3 === 0 ? "holdout" : "fit";
}

const BRE_POINTS: ValidationPoint[] = BRE_ROWS.map(([caseNumber, nozzle, pressureBar, flowLMin, dv50]) => ({
  dataSet: "bre-spray-1995",
  ref: `case ${caseNumber}`,
  nozzle,
  liquid: WATER,
  pressureBar,
  flowMlMin: flowLMin * 1000,
  measuredDv50Um: dv50,
  split: assignSplit(caseNumber),
}));

const BAR_PER_PSI = 0.0689476;
const ML_MIN_PER_US_GAL_MIN = 3785.41;
const FAN_DISCHARGE_COEFFICIENT = 0.7;

// The ASABE S572.1 reference flat fans in the standard's order, finest first.
const REFERENCE_FAN_CODES = ["11001", "11003", "11006", "8008", "6510", "6515"] as const;
type ReferenceFanCode = (typeof REFERENCE_FAN_CODES)[number];

// Rated flow of a TeeJet-coded flat fan: the last two digits are tenths of a US gal/min at 40 psi.
function computeReferenceFanFlowMlMin(code: ReferenceFanCode, pressureBar: number): number {
  const galMinAt40Psi = Number(code.slice(-2)) / 10;
  return galMinAt40Psi * ML_MIN_PER_US_GAL_MIN * Math.sqrt(pressureBar / (40 * BAR_PER_PSI));
}

// Equivalent round orifice for that flow, d = √(4 Q / (π C_d √(2 ΔP / ρ))), evaluated at 40 psi
// (any pressure gives the same d, since Q ∝ √ΔP), rounded to 0.01 mm.
function computeReferenceFanOrificeMm(code: ReferenceFanCode): number {
  const pressurePa = 40 * BAR_PER_PSI * 1e5;
  const flowM3s = computeReferenceFanFlowMlMin(code, 40 * BAR_PER_PSI) / 6e7;
  const areaM2 = flowM3s / (FAN_DISCHARGE_COEFFICIENT * Math.sqrt((2 * pressurePa) / 1000));
  return Math.round(Math.sqrt((4 * areaM2) / Math.PI) * 1e5) / 100;
}

function createReferenceFan(code: ReferenceFanCode): ValidationNozzle {
  return {
    id: `ASABE reference flat fan ${code}`,
    sprayType: "flat_fan",
    nominalConeDeg: Number(code.slice(0, -2)),
    orificeDiameterMm: computeReferenceFanOrificeMm(code),
  };
}

// [nozzle, pressure psi, DV50 µm of each replicate] exactly as in 'All Sympatec Data.txt'
// (Traverse Full, Airspeed 15, Traverse Speed 2, Meas Distance 12; replicates in file order).
const USDA_FAN_ROWS: ReadonlyArray<readonly [ReferenceFanCode, number, readonly number[]]> = [
  ["6515", 14.5, [781.21, 763.61, 786.05, 791.3, 772.76]],
  ["6515", 21.7, [645.48, 646.27, 643.97, 643.99, 663.54]],
  ["6510", 17.4, [615.55, 614.84, 624.89, 625.92, 625.34, 615.13, 610.03]],
  ["6510", 29, [509.48, 513.21, 511.72, 503.44]],
  ["8008", 31.9, [437.75, 439.45, 444.87, 442.31]],
  ["8008", 36.3, [421.16, 420.66, 420, 418.87]],
  ["11006", 29, [353.46, 356.67, 353.61, 355.4]],
  ["11003", 43.5, [241.52, 239.65, 240.03, 240.1]],
  ["11001", 65.3, [134.51, 134.23, 133.49, 133.47]],
];

// Held out, named: every point of one reference nozzle in three, the 2nd and 5th of the
// standard's order (11003 and 6510), so no held-out spray shares a nozzle with a fitted one.
function assignFanSplit(code: ReferenceFanCode): ValidationSplit {
  return REFERENCE_FAN_CODES.indexOf(code) % 3 === 1 ? "holdout" : "fit";
}

const USDA_FAN_POINTS: ValidationPoint[] = USDA_FAN_ROWS.map(([code, pressurePsi, replicates]) => {
  const pressureBar = pressurePsi * BAR_PER_PSI;
  return {
    dataSet: "usda-reference-fans-2021",
    ref: `${code} at ${pressurePsi} psi (mean of ${replicates.length} replicates)`,
    nozzle: createReferenceFan(code),
    liquid: WATER,
    pressureBar,
    flowMlMin: computeReferenceFanFlowMlMin(code, pressureBar),
    measuredDv50Um: replicates.reduce((sum, d) => sum + d, 0) / replicates.length,
    split: assignFanSplit(code),
  };
});

export const VALIDATION_POINTS: readonly ValidationPoint[] = [...BRE_POINTS, ...USDA_FAN_POINTS];
