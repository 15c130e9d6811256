import { z } from "zod";

// What the local mailbox (GET /api/dev/mail, local and test modes only) answers; its query is
// typed by this.

export const outboxSchema = z.object({
  messages: z.array(
    z.object({
      id: z.uuid(),
      tenantId: z.uuid().nullable(),
      kind: z.string(),
      toAddress: z.string(),
      subject: z.string(),
      text: z.string(),
      html: z.string().nullable(),
      status: z.enum(["pending", "sent", "failed"]),
      attempts: z.int(),
      lastError: z.string().nullable(),
      sentAt: z.date().nullable(),
      createdAt: z.date(),
    }),
  ),
});
