import { z } from "zod";
import { singleLineTextSchema } from "@/lib/http/text";

export const listAuditLogsSchema = z.strictObject({
  actor: z.uuid("actor must be a user id").optional(),
  action: singleLineTextSchema
    .trim()
    .max(50)
    .regex(/^[a-z_.]+$/, "action is letters, dots and underscores")
    .optional(),
  from: z.iso.date("from must be a date (YYYY-MM-DD)").optional(),
  to: z.iso.date("to must be a date (YYYY-MM-DD)").optional(),
  cursor: singleLineTextSchema.max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type ListAuditLogsInput = z.infer<typeof listAuditLogsSchema>;
