import { z } from "zod";

// The validated ranges are the engine's domain: every formula is checked for finite output
// across them (see the property tests), so nothing outside them may reach the physics.

/** A number with its unit as people write it: "60°", "100,000 ml/min". */
export function formatWithUnit(value: number, unit: string): string {
  const number = value.toLocaleString("en-US", { maximumFractionDigits: 6 });
  if (!unit) return number;
  return unit === "°" ? `${number}°` : `${number} ${unit}`;
}

/** A range check with one message per rule, each naming the range and the unit. */
function createRangedNumber(label: string, unit: string, min: number, max: number) {
  const message = `${label} must be between ${formatWithUnit(min, unit)} and ${formatWithUnit(max, unit)}`;
  return z
    .number({ error: `${label} must be a number${unit ? ` in ${unit === "°" ? "degrees" : unit}` : ""}` })
    .min(min, { error: message })
    .max(max, { error: message });
}

export const fluidSchema = z.object({
  viscosityCp: createRangedNumber("Viscosity", "cP", 0.3, 1000),
  densityKgM3: createRangedNumber("Density", "kg/m³", 500, 2000),
  surfaceTensionMNm: createRangedNumber("Surface tension", "mN/m", 15, 80),
  flashPointC: createRangedNumber("Flash point", "°C", -50, 400).nullish(),
  propellant: z.boolean().default(false),
});

const DROPLET_MEASURES = ["dv50", "smd"] as const;

export const targetsSchema = z.object({
  flowMlMin: createRangedNumber("Target flow", "ml/min", 0.1, 100_000).nullish(),
  dropletUm: createRangedNumber("Target droplet size", "µm", 1, 2000).nullish(),
  dropletMeasure: z.enum(DROPLET_MEASURES).default("dv50"),
  coneDeg: createRangedNumber("Target cone angle", "°", 5, 170).nullish(),
  maxPressureBar: createRangedNumber("Maximum pressure", "bar", 0.1, 400).nullish(),
});

export const predictionInputSchema = z.object({
  fluid: fluidSchema,
  targets: targetsSchema.prefault({}),
});

export const pressureSchema = createRangedNumber("Pressure", "bar", 0.1, 400);

export const SUPPLIERS = ["spencer", "coster"] as const;
export const SPRAY_TYPES = ["hollow_cone", "full_cone", "flat_fan", "fine_mist", "solid_stream"] as const;

const SKU_PREFIX: Record<(typeof SUPPLIERS)[number], string> = {
  spencer: "SPENC-",
  coster: "COST-",
};

export const actuatorSchema = z
  .object({
    sku: z.string().min(1).max(64),
    supplier: z.enum(SUPPLIERS),
    sprayType: z.enum(SPRAY_TYPES),
    orificeDiameterMm: createRangedNumber("Orifice diameter", "mm", 0.05, 20),
    refFlowMlMin: createRangedNumber("Reference flow", "ml/min", 0.01, 1_000_000),
    refPressureBar: createRangedNumber("Reference pressure", "bar", 0.1, 400),
    flowExponent: createRangedNumber("Flow exponent", "", 0.3, 0.7).nullish(),
    nominalConeDeg: createRangedNumber("Nominal cone angle", "°", 0.5, 170),
    maxPressureBar: createRangedNumber("Maximum pressure", "bar", 0.1, 400),
    vendorSmdUm: createRangedNumber("Vendor SMD", "µm", 1, 5000).nullish(),
    rosinRammlerQ: createRangedNumber("Rosin–Rammler q", "", 1.5, 8).nullish(),
  })
  .refine((a) => a.sku.startsWith(SKU_PREFIX[a.supplier]), {
    error: "The SKU must start with the supplier prefix (SPENC- for spencer, COST- for coster)",
    path: ["sku"],
  })
  .refine((a) => a.refPressureBar <= a.maxPressureBar, {
    error: "Reference pressure must not exceed the maximum pressure",
    path: ["refPressureBar"],
  });

export const rankOptionsSchema = z.object({
  topN: z.int().min(1).max(1000).default(50),
  rejectedLimit: z.int().min(0).max(1_000_000).default(50),
  dropletTolerance: createRangedNumber("Droplet tolerance", "", 0.01, 2).default(0.2),
  coneToleranceDeg: createRangedNumber("Cone tolerance", "°", 0.5, 90).default(10),
  minPressureBar: createRangedNumber("Minimum operating pressure", "bar", 0, 10).default(0.3),
});

export type FluidInput = z.input<typeof fluidSchema>;
export type Fluid = z.output<typeof fluidSchema>;
export type Targets = z.output<typeof targetsSchema>;
export type PredictionInput = z.input<typeof predictionInputSchema>;
export type Supplier = (typeof SUPPLIERS)[number];
export type SprayType = (typeof SPRAY_TYPES)[number];
export type Actuator = z.output<typeof actuatorSchema>;
export type RankOptionsInput = z.input<typeof rankOptionsSchema>;
export type RankOptions = z.output<typeof rankOptionsSchema>;
