import { createSmdEnsemble } from "./droplet";
import { computeFamilySmd } from "./family-droplet";
import { createMulberry32, pickOne, type Random, sampleLogUniform, sampleNormal, sampleUniform } from "./prng";
import type { Actuator, SprayType, Supplier } from "./schemas";
import { convertBarToPa, convertM3sToMlMin, convertMlMinToM3s, convertMmToM, convertMToUm } from "./units";
import { WATER_SI } from "./water";

// Physically consistent synthetic SKUs (docs/prediction.md, "Catalog generator"). Per spray type:
// orifice range, discharge coefficient C_d (swirl nozzles pass less than a plain orifice because
// the air core blocks part of the exit), rated cone angles, rating and maximum pressures.
interface TypeProfile {
  code: string;
  weight: number;
  orificeMm: readonly [number, number];
  dischargeCoefficient: readonly [number, number];
  coneDeg: readonly number[];
  refPressureBar: readonly number[];
  maxPressureBar: readonly [number, number];
}

export const TYPE_PROFILES: Record<SprayType, TypeProfile> = {
  hollow_cone: createProfile("HC", 0.3, [0.5, 4], [0.3, 0.45], [60, 70, 80, 90, 100], [2, 3, 5], [10, 40]),
  full_cone: createProfile("FC", 0.25, [0.8, 5], [0.5, 0.7], [45, 60, 75, 90, 120], [2, 3], [10, 30]),
  flat_fan: createProfile("FF", 0.2, [0.3, 4], [0.6, 0.8], [25, 40, 65, 80, 95, 110], [2, 3], [10, 40]),
  fine_mist: createProfile("FM", 0.15, [0.2, 0.8], [0.3, 0.4], [60, 70, 80, 90, 110], [5, 7, 10], [20, 100]),
  solid_stream: createProfile("SS", 0.1, [0.5, 5], [0.75, 0.9], [1, 2, 3], [2, 3, 5], [10, 70]),
};

function createProfile(
  code: string,
  weight: number,
  orificeMm: readonly [number, number],
  dischargeCoefficient: readonly [number, number],
  coneDeg: readonly number[],
  refPressureBar: readonly number[],
  maxPressureBar: readonly [number, number],
): TypeProfile {
  return { code, weight, orificeMm, dischargeCoefficient, coneDeg, refPressureBar, maxPressureBar };
}

const SKU_PREFIX: Record<Supplier, string> = { spencer: "SPENC", coster: "COST" };
// Share of SKUs whose datasheet gives each optional value.
const VENDOR_SMD_SHARE = 0.6;
const FLOW_EXPONENT_SHARE = 0.25;
const ROSIN_RAMMLER_Q_SHARE = 0.5;
// Scatter of a datasheet SMD around the correlations (1σ, log space).
const VENDOR_SMD_NOISE = 0.1;

// Same (count, seed) → same catalog, on every machine.
export function generateCatalog(count: number, seed = 1): Actuator[] {
  const random = createMulberry32(seed);
  const catalog: Actuator[] = [];
  for (let index = 0; index < count; index++) catalog.push(generateActuator(random, index));
  return catalog;
}

function generateActuator(random: Random, index: number): Actuator {
  const sprayType = pickSprayType(random);
  const type = TYPE_PROFILES[sprayType];
  const supplier: Supplier = random() < 0.55 ? "spencer" : "coster";
  const orificeDiameterMm = roundTo(sampleLogUniform(random, ...type.orificeMm), 2);
  const refPressureBar = pickOne(random, type.refPressureBar);
  const dischargeCoefficient = sampleUniform(random, ...type.dischargeCoefficient);
  const nominalConeDeg = pickOne(random, type.coneDeg);
  const maxPressureBar = Math.round(sampleUniform(random, ...type.maxPressureBar));
  const actuator: Actuator = {
    sku: formatSku(supplier, type.code, orificeDiameterMm, nominalConeDeg, index),
    supplier,
    sprayType,
    orificeDiameterMm,
    refFlowMlMin: computeOrificeFlowMlMin(orificeDiameterMm, dischargeCoefficient, refPressureBar),
    refPressureBar,
    flowExponent: random() < FLOW_EXPONENT_SHARE ? sampleFlowExponent(random, sprayType) : null,
    nominalConeDeg,
    maxPressureBar: Math.max(refPressureBar, maxPressureBar),
    vendorSmdUm: null,
    rosinRammlerQ: random() < ROSIN_RAMMLER_Q_SHARE ? sampleRosinRammlerQ(random) : null,
  };
  if (random() < VENDOR_SMD_SHARE) actuator.vendorSmdUm = generateVendorSmdUm(random, actuator);
  return actuator;
}

function pickSprayType(random: Random): SprayType {
  const types = Object.keys(TYPE_PROFILES) as SprayType[];
  const total = types.reduce((sum, type) => sum + TYPE_PROFILES[type].weight, 0);
  let draw = random() * total;
  for (const type of types) {
    draw -= TYPE_PROFILES[type].weight;
    if (draw < 0) return type;
  }
  return types[types.length - 1]!;
}

// Water through the orifice: Q = C_d · (π d₀²/4) · √(2ΔP/ρ_w), to three significant digits
// as a datasheet would print it.
export function computeOrificeFlowMlMin(orificeMm: number, dischargeCoefficient: number, pressureBar: number): number {
  const area = (Math.PI / 4) * convertMmToM(orificeMm) ** 2;
  const velocity = Math.sqrt((2 * convertBarToPa(pressureBar)) / WATER_SI.densityKgM3);
  return Number(convertM3sToMlMin(dischargeCoefficient * area * velocity).toPrecision(3));
}

function sampleFlowExponent(random: Random, sprayType: SprayType): number {
  const centre = sprayType === "full_cone" ? 0.46 : 0.5;
  return roundTo(sampleUniform(random, centre - 0.02, centre + 0.02), 2);
}

// Measured Rosin–Rammler exponents of pressure nozzles mostly fall between 2 and 4.
function sampleRosinRammlerQ(random: Random): number {
  return roundTo(sampleUniform(random, 2.2, 3.6), 1);
}

const MAX_VENDOR_SMD_UM = 5000;

// A datasheet SMD: what the engine's own family correlation gives for water at the rating
// point, scattered by measurement noise, so anchoring moves predictions by realistic amounts.
function generateVendorSmdUm(random: Random, actuator: Actuator): number {
  const pressurePa = convertBarToPa(actuator.refPressureBar);
  const flow = convertMlMinToM3s(actuator.refFlowMlMin);
  const ensemble = computeFamilySmd(actuator, WATER_SI, pressurePa, flow, actuator.nominalConeDeg, createSmdEnsemble());
  const noisy = convertMToUm(ensemble.smdM) * Math.exp(VENDOR_SMD_NOISE * sampleNormal(random));
  // Within the catalog schema's 1–5000 µm (a Rayleigh jet from a 5 mm orifice would give 9 mm).
  return Math.min(MAX_VENDOR_SMD_UM, Math.max(1, Math.round(noisy)));
}

// e.g. SPENC-HC-0120-080-0001A: supplier, type, orifice in 1/100 mm, cone, serial (base 36).
function formatSku(supplier: Supplier, typeCode: string, orificeMm: number, coneDeg: number, index: number): string {
  const orifice = String(Math.round(orificeMm * 100)).padStart(4, "0");
  const cone = String(coneDeg).padStart(3, "0");
  const serial = index.toString(36).toUpperCase().padStart(5, "0");
  return `${SKU_PREFIX[supplier]}-${typeCode}-${orifice}-${cone}-${serial}`;
}

function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}
