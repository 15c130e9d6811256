import { z } from "zod";
import { singleLineTextSchema } from "@/lib/http/text";
import { API_KEY_SCOPES, type ApiKeyScope } from "@/lib/rbac/permissions";

export { API_KEY_SCOPES, type ApiKeyScope };

/** Words for each scope, for the create dialog and the list. */
export const API_KEY_SCOPE_LABELS: Record<ApiKeyScope, string> = {
  "configurations.read": "Read configurations, fluids, the catalog and predictions",
  "configurations.write": "Create and edit configurations and your own fluids",
  "configurations.archive": "Archive and unarchive configurations",
  "procurements.read": "Read orders, their quotes and status",
  "procurements.write": "Create orders, compare quotes, check out and confirm receipts",
  "feedback.write": "Record lab results for configurations",
  "data.export": "Export configurations (CSV)",
  "analytics.read": "Read analytics",
  "members.read": "List the organization's members",
  "tenant.read": "Read the organization's settings",
  "billing.read": "Read the plan and its usage",
  "audit.read": "Read the audit log",
};

const MAX_EXPIRY_DAYS = 3 * 366;
const DAY_MS = 86_400_000;

/** An expiry is in the future and at most about three years away. */
function isAllowedExpiry(value: string, now = Date.now()): boolean {
  const at = new Date(value).getTime();
  return at > now && at <= now + MAX_EXPIRY_DAYS * DAY_MS;
}

export const createApiKeySchema = z.strictObject({
  name: singleLineTextSchema.trim().min(1, "Name the key, e.g. after the system that uses it").max(100, "Use at most 100 characters"),
  scopes: z
    .array(z.enum(API_KEY_SCOPES, { error: `Each scope is one of ${API_KEY_SCOPES.join(", ")}` }))
    .min(1, "Choose at least one scope")
    .max(API_KEY_SCOPES.length)
    .transform((scopes) => [...new Set(scopes)]),
  expiresAt: z.iso
    .datetime({ offset: true, error: "expiresAt is a date and time such as 2027-01-31T00:00:00Z" })
    .refine((value) => isAllowedExpiry(value), { error: "Choose an expiry in the future and at most 3 years away" })
    .nullish(),
});
export type CreateApiKeyInput = z.infer<typeof createApiKeySchema>;

export const listApiKeysSchema = z.strictObject({
  cursor: singleLineTextSchema.max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type ListApiKeysInput = z.infer<typeof listApiKeysSchema>;

export const apiKeyIdParamsSchema = z.strictObject({ id: z.uuid("Not a valid API key id") });

export const apiKeyUsageSchema = z.strictObject({
  days: z.coerce.number().int().min(1).max(90).default(30),
});
