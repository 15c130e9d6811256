import { z } from "zod";
import { keysetPageSchema } from "@/lib/http/page-schema";

// What the audit trail endpoint answers, as the OpenAPI document shows it; the query is typed
// by it, so the two cannot drift apart.

const auditLogSchema = z.object({
  id: z.uuid(),
  action: z.string().meta({ description: 'What was done, e.g. "configuration.update"' }),
  resourceType: z.string(),
  resourceId: z.uuid(),
  changes: z.record(z.string(), z.unknown()).nullable(),
  ipAddress: z.string().nullable(),
  userAgent: z.string().nullable(),
  requestId: z.string().nullable(),
  createdAt: z.date(),
  actor: z
    .object({ id: z.uuid(), name: z.string(), email: z.string() })
    .nullable()
    .meta({ description: "Null: a system action, or an account since deleted" }),
});

export const auditLogPageSchema = keysetPageSchema(auditLogSchema);
