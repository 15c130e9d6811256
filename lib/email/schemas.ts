import { z } from "zod";
import { singleLineTextSchema } from "@/lib/http/text";

export const outboxRecipientSchema = singleLineTextSchema.trim().max(255);

/** GET /api/dev/mail: the local mailbox, optionally for one recipient. */
export const listOutboxSchema = z.strictObject({
  to: outboxRecipientSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
