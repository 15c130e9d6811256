import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { MAX_CONE_DEG, MIN_CONE_DEG } from "./cone";
import { predictActuatorAtPressure } from "./predict";
import { rankActuators } from "./rank";
import { type Actuator, type FluidInput, SPRAY_TYPES } from "./schemas";

// Arbitraries spanning the whole validated domain of the schemas, limits included.
function createDoubleArb(min: number, max: number) {
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

const fluidArb: fc.Arbitrary<FluidInput> = fc.record({
  viscosityCp: createDoubleArb(0.3, 1000),
  densityKgM3: createDoubleArb(500, 2000),
  surfaceTensionMNm: createDoubleArb(15, 80),
  flashPointC: fc.option(createDoubleArb(-50, 400), { nil: null }),
  propellant: fc.boolean(),
});

const actuatorArb: fc.Arbitrary<Actuator> = fc
  .record({
    supplier: fc.constantFrom("spencer" as const, "coster" as const),
    sprayType: fc.constantFrom(...SPRAY_TYPES),
    orificeDiameterMm: createDoubleArb(0.05, 20),
    refFlowMlMin: createDoubleArb(0.01, 1_000_000),
    maxPressureBar: createDoubleArb(0.1, 400),
    refShare: createDoubleArb(0, 1),
    flowExponent: fc.option(createDoubleArb(0.3, 0.7), { nil: null }),
    nominalConeDeg: createDoubleArb(0.5, 170),
    vendorSmdUm: fc.option(createDoubleArb(1, 5000), { nil: null }),
    rosinRammlerQ: fc.option(createDoubleArb(1.5, 8), { nil: null }),
  })
  .map(({ refShare, ...a }) => ({
    ...a,
    sku: a.supplier === "spencer" ? "SPENC-P-1" : "COST-P-1",
    refPressureBar: Math.max(0.1, a.maxPressureBar * refShare),
  }));

const targetsArb = fc.record({
  flowMlMin: fc.option(createDoubleArb(0.1, 100_000), { nil: null }),
  dropletUm: fc.option(createDoubleArb(1, 2000), { nil: null }),
  dropletMeasure: fc.constantFrom("dv50" as const, "smd" as const),
  coneDeg: fc.option(createDoubleArb(5, 170), { nil: null }),
  maxPressureBar: fc.option(createDoubleArb(0.1, 400), { nil: null }),
});

// A value between `from` and `to`, at least 1 % of the way, so the two differ measurably.
function raise(from: number, to: number, share: number): number {
  return from + (to - from) * share;
}
const shareArb = createDoubleArb(0.01, 1);
const pressureArb = createDoubleArb(0.1, 390);

function predictAt(fluid: FluidInput, actuator: Actuator, pressureBar: number) {
  return predictActuatorAtPressure({ fluid }, actuator, pressureBar);
}

describe("physical trends", () => {
  it("more viscosity → larger SMD and a narrower (or clamped) cone", () => {
    fc.assert(
      fc.property(fluidArb, actuatorArb, pressureArb, shareArb, (fluid, a, bar, share) => {
        fc.pre(fluid.viscosityCp < 990);
        const thicker = { ...fluid, viscosityCp: raise(fluid.viscosityCp, 1000, share) };
        const thin = predictAt(fluid, a, bar);
        const thick = predictAt(thicker, a, bar);
        // A Rayleigh jet's drops are 1.89 d₀ whatever the liquid (jet-breakup.ts): equal, not larger.
        if (a.sprayType === "solid_stream") expect(thick.smdUm.p50).toBe(thin.smdUm.p50);
        else expect(thick.smdUm.p50).toBeGreaterThan(thin.smdUm.p50);
        const clamped = thin.coneDeg.p50 === MIN_CONE_DEG || thick.coneDeg.p50 === MAX_CONE_DEG;
        if (!clamped) expect(thick.coneDeg.p50).toBeLessThan(thin.coneDeg.p50);
        expect(thick.coneDeg.p50).toBeLessThanOrEqual(thin.coneDeg.p50);
      }),
      { numRuns: 300 },
    );
  });

  it("more pressure → smaller SMD and more flow", () => {
    fc.assert(
      fc.property(fluidArb, actuatorArb, pressureArb, shareArb, (fluid, a, bar, share) => {
        const higher = raise(bar, 400, share);
        const low = predictAt(fluid, a, bar);
        const high = predictAt(fluid, a, higher);
        // A Rayleigh jet's drops do not depend on pressure (jet-breakup.ts): equal, not smaller.
        if (a.sprayType === "solid_stream") {
          expect(high.smdUm.p50).toBe(low.smdUm.p50);
        } else {
          expect(high.smdUm.p50).toBeLessThan(low.smdUm.p50);
          expect(high.dv50Um.p50).toBeLessThan(low.dv50Um.p50);
        }
        expect(high.flowMlMin.p50).toBeGreaterThan(low.flowMlMin.p50);
      }),
      { numRuns: 300 },
    );
  });

  it("denser fluid → less flow at equal pressure", () => {
    fc.assert(
      fc.property(fluidArb, actuatorArb, pressureArb, shareArb, (fluid, a, bar, share) => {
        fc.pre(fluid.densityKgM3 < 1990);
        const denser = { ...fluid, densityKgM3: raise(fluid.densityKgM3, 2000, share) };
        expect(predictAt(denser, a, bar).flowMlMin.p50).toBeLessThan(predictAt(fluid, a, bar).flowMlMin.p50);
      }),
      { numRuns: 300 },
    );
  });
});

// Every number anywhere in a result.
function collectNumbers(value: unknown, found: number[] = []): number[] {
  if (typeof value === "number") found.push(value);
  else if (Array.isArray(value)) for (const item of value) collectNumbers(item, found);
  else if (value !== null && typeof value === "object") {
    for (const item of Object.values(value)) collectNumbers(item, found);
  }
  return found;
}

describe("numerical safety", () => {
  it("never returns NaN or Infinity for inputs inside the validated ranges", () => {
    fc.assert(
      fc.property(fluidArb, targetsArb, fc.array(actuatorArb, { minLength: 1, maxLength: 8 }), (fluid, targets, catalog) => {
        const result = rankActuators({ fluid, targets }, catalog, { minPressureBar: 0 });
        const numbers = collectNumbers(result);
        expect(numbers.every(Number.isFinite)).toBe(true);
        expect(result.ranked.every((r) => r.score >= 0 && r.score <= 100)).toBe(true);
        const scores = result.ranked.map((r) => r.score);
        expect(scores).toEqual([...scores].sort((x, y) => y - x));
      }),
      { numRuns: 500 },
    );
  });

  it("keeps every prediction finite and positive at any pressure in range", () => {
    fc.assert(
      fc.property(fluidArb, actuatorArb, createDoubleArb(0.1, 400), (fluid, a, bar) => {
        const p = predictAt(fluid, a, bar);
        const values = [p.flowMlMin, p.smdUm, p.dv10Um, p.dv50Um, p.dv90Um, p.coneDeg].flatMap((i) => [i.p10, i.p50, i.p90]);
        expect(values.every((v) => Number.isFinite(v) && v > 0)).toBe(true);
        expect(p.dv10Um.p50).toBeLessThan(p.dv50Um.p50);
        expect(p.dv50Um.p50).toBeLessThan(p.dv90Um.p50);
      }),
      { numRuns: 500 },
    );
  });
});

describe("out-of-range inputs", () => {
  const createOutsideArb = (min: number, max: number) =>
    fc.oneof(
      fc.double({ max: min, maxExcluded: true, noNaN: true }),
      fc.double({ min: max, minExcluded: true, noNaN: true }),
      fc.constant(Number.NaN),
    );
  const water = { viscosityCp: 1, densityKgM3: 1000, surfaceTensionMNm: 72.8 };

  // [field, min, max, build input from the bad value, word the error must name]
  const FIELDS: [string, number, number, (v: number) => object, string][] = [
    ["viscosity", 0.3, 1000, (v) => ({ fluid: { ...water, viscosityCp: v } }), "Viscosity"],
    ["density", 500, 2000, (v) => ({ fluid: { ...water, densityKgM3: v } }), "Density"],
    ["surface tension", 15, 80, (v) => ({ fluid: { ...water, surfaceTensionMNm: v } }), "Surface tension"],
    ["flash point", -50, 400, (v) => ({ fluid: { ...water, flashPointC: v } }), "Flash point"],
    ["cone", 5, 170, (v) => ({ fluid: water, targets: { coneDeg: v } }), "cone angle"],
    ["droplet", 1, 2000, (v) => ({ fluid: water, targets: { dropletUm: v } }), "droplet size"],
    ["pressure", 0.1, 400, (v) => ({ fluid: water, targets: { maxPressureBar: v } }), "Maximum pressure"],
    ["flow", 0.1, 100_000, (v) => ({ fluid: water, targets: { flowMlMin: v } }), "Target flow"],
  ];

  it.each(FIELDS)("rejects any %s outside its range with an error naming it", (_f, min, max, build, word) => {
    fc.assert(
      fc.property(createOutsideArb(min, max), (value) => {
        const run = () => rankActuators(build(value) as Parameters<typeof rankActuators>[0], []);
        expect(run).toThrow(ZodError);
        expect(run).toThrow(word);
      }),
      { numRuns: 100 },
    );
  });
});
