import { z } from "zod";
import { singleLineTextSchema } from "@/lib/http/text";

// Postgres has no year 0 (1 BC comes before AD 1), so a date in it is the client's mistake.
const dateFilter = (name: string) =>
  z.iso
    .date(`${name} must be a date (YYYY-MM-DD)`)
    .refine((date) => !date.startsWith("0000-"), { error: `${name} must be a date from the year 1 on` });

export const listAuditLogsSchema = z.strictObject({
  actor: z.uuid("actor must be a user id").optional(),
  action: singleLineTextSchema
    .trim()
    .max(50)
    .regex(/^[a-z_.]+$/, "action is letters, dots and underscores")
    .optional(),
  from: dateFilter("from").optional(),
  to: dateFilter("to").optional(),
  cursor: singleLineTextSchema.max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type ListAuditLogsInput = z.infer<typeof listAuditLogsSchema>;
