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

export const VALIDATION_POINTS: readonly ValidationPoint[] = BRE_ROWS.map(([caseNumber, nozzle, pressureBar, flowLMin, dv50]) => ({
  dataSet: "bre-spray-1995",
  ref: `case ${caseNumber}`,
  nozzle,
  liquid: WATER,
  pressureBar,
  flowMlMin: flowLMin * 1000,
  measuredDv50Um: dv50,
  split: assignSplit(caseNumber),
}));
