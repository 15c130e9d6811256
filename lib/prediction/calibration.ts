import { z } from "zod";

// Lab feedback is fitted per SKU × fluid class; the classes split liquids where the atomization
// regime changes noticeably (water-like, light oils, viscous liquids).
export const FLUID_CLASSES = ["thin", "medium", "viscous"] as const;
export type FluidClass = (typeof FLUID_CLASSES)[number];

const THIN_MAX_CP = 5;
const MEDIUM_MAX_CP = 50;

export function classifyFluid(viscosityCp: number): FluidClass {
  if (viscosityCp <= THIN_MAX_CP) return "thin";
  if (viscosityCp <= MEDIUM_MAX_CP) return "medium";
  return "viscous";
}

// Log-space corrections multiply the prediction by e^c; sigmas replace the default residuals.
const calibrationFactorsSchema = z.object({
  smdLogCorrection: z.number().min(-2).max(2).optional(),
  smdSigma: z.number().min(0).max(2).optional(),
  flowLogCorrection: z.number().min(-1).max(1).optional(),
  flowSigma: z.number().min(0).max(1).optional(),
  coneCorrectionDeg: z.number().min(-45).max(45).optional(),
  coneSigmaDeg: z.number().min(0).max(45).optional(),
});
export type CalibrationFactors = z.output<typeof calibrationFactorsSchema>;

// sku → fluid class → factors: two lookups and no key building in the ranking loop.
export type CalibrationTable = ReadonlyMap<string, Partial<Record<FluidClass, CalibrationFactors>>>;

export function findCalibration(table: CalibrationTable | undefined, sku: string, fluidClass: FluidClass): CalibrationFactors | undefined {
  return table?.get(sku)?.[fluidClass];
}
