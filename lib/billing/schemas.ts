import { z } from "zod";
import { singleLineTextSchema } from "@/lib/http/text";
import { PLAN_IDS } from "./plans";

const planSchema = z.enum(PLAN_IDS, { error: `plan must be one of ${PLAN_IDS.join(", ")}` });

export const subscribeSchema = z.strictObject({ plan: planSchema });

export const changePlanSchema = z.strictObject({ plan: planSchema });

export const listInvoicesSchema = z.strictObject({
  cursor: singleLineTextSchema.max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListInvoicesInput = z.infer<typeof listInvoicesSchema>;

export const invoiceParamsSchema = z.object({ id: z.uuid() });
