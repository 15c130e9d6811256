import type { SprayType } from "./schemas";

// Two schemes, each named in the result so a reader knows what the class means.

// Absolute Dv50 bands, the same for every nozzle family: an AeroSpec convention spanning the
// ranges industrial nozzle guides describe (mists to rain-like drops), not a published standard.
const ABSOLUTE_SCHEME = "AeroSpec absolute Dv50 bands";
const ABSOLUTE_BANDS: ReadonlyArray<readonly [number, string]> = [
  [50, "ultra fine"],
  [100, "very fine"],
  [200, "fine"],
  [400, "medium"],
  [800, "coarse"],
  [Number.POSITIVE_INFINITY, "very coarse"],
];

// ASABE S572-style classes for flat fans: a spray takes the finer of its Dv10 class and its Dv50
// class, each bounded by the reference nozzles' values. The boundaries are those of the USDA-ARS
// aerial nozzle models (Fritz & Hoffmann 2016; gill14/usda-aerial, usda_aerial/referenceNozzles.py),
// i.e. reference nozzles measured under aerial conditions, not S572.1 ground-test values.
const ASABE_SCHEME = "ASABE S572-style, USDA-ARS aerial reference-nozzle boundaries (Dv10 and Dv50)";
// [upper Dv10 µm, upper Dv50 µm, class]
const ASABE_BOUNDARIES: ReadonlyArray<readonly [number, number, string]> = [
  [59.5, 134.4, "very fine"],
  [110.3, 248.1, "fine"],
  [162, 357.8, "medium"],
  [191.7, 431, "coarse"],
  [226.1, 500.9, "very coarse"],
  [302.5, 658.6, "extremely coarse"],
  [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, "ultra coarse"],
];

interface DropletClass {
  scheme: string;
  label: string;
}

export interface DropletClasses {
  absolute: DropletClass;
  // Only for flat fans: the family the reference nozzles belong to.
  asabe: DropletClass | null;
}

function findAbsoluteBand(dv50Um: number): string {
  return ABSOLUTE_BANDS.find(([upper]) => dv50Um < upper)![1];
}

function findAsabeClass(dv10Um: number, dv50Um: number): string {
  const byDv10 = ASABE_BOUNDARIES.findIndex(([upper]) => dv10Um < upper);
  const byDv50 = ASABE_BOUNDARIES.findIndex(([, upper]) => dv50Um < upper);
  return ASABE_BOUNDARIES[Math.min(byDv10, byDv50)]![2];
}

export function classifyDroplets(sprayType: SprayType, dv10Um: number, dv50Um: number): DropletClasses {
  return {
    absolute: { scheme: ABSOLUTE_SCHEME, label: findAbsoluteBand(dv50Um) },
    asabe: sprayType === "flat_fan" ? { scheme: ASABE_SCHEME, label: findAsabeClass(dv10Um, dv50Um) } : null,
  };
}
