import { z } from "zod";
import { fluidSchema, targetsSchema } from "@/lib/prediction/schemas";

export const predictRequestSchema = z.strictObject({
  fluid: fluidSchema.strict(),
  targets: targetsSchema.strict().prefault({}),
  topN: z.int().min(1).max(200).default(20),
});
export type PredictRequest = z.infer<typeof predictRequestSchema>;
