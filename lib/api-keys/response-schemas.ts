import { z } from "zod";
import { API_KEY_REVOCATION_REASONS } from "@/db/schema/enums";
import { keysetPageSchema } from "@/lib/http/page-schema";
import { API_KEY_SCOPES } from "@/lib/rbac/permissions";

// What the API keys endpoints answer, as the OpenAPI document shows it; the presenter and the
// service functions are typed by these, so the two cannot drift apart.

export const apiKeySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string().meta({ description: "The visible start of the key, to tell keys apart" }),
  scopes: z.array(z.enum(API_KEY_SCOPES)),
  grantedScopes: z.array(z.enum(API_KEY_SCOPES)).meta({ description: "The scopes the key still carries as its creator's role stands" }),
  createdBy: z
    .object({ id: z.uuid(), name: z.string(), email: z.string() })
    .nullable()
    .meta({ description: "Null once the creator's account is gone" }),
  createdAt: z.date(),
  lastUsedAt: z.date().nullable(),
  expiresAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
  revocationReason: z.enum(API_KEY_REVOCATION_REASONS).nullable(),
  status: z.enum(["active", "expired", "revoked", "disabled"]).meta({
    description: "expired and revoked are for good; disabled: its creator can no longer use the API",
  }),
});

export const apiKeyPageSchema = keysetPageSchema(apiKeySchema);

export const createdApiKeySchema = z.object({
  secret: z.string().meta({ description: "The key itself: shown in this answer only" }),
  apiKey: apiKeySchema,
});

export const apiKeyUsageReportSchema = z.object({
  apiKeyId: z.uuid(),
  days: z.array(z.object({ day: z.iso.date(), count: z.int() })),
  total: z.int(),
});
