import { z } from "zod";
import { singleLineTextSchema } from "@/lib/http/text";

/** What a service token may be allowed to do; each machine route asks for one. */
export const SERVICE_TOKEN_SCOPES = ["ml.training_data.read"] as const;
export type ServiceTokenScope = (typeof SERVICE_TOKEN_SCOPES)[number];

export const SERVICE_TOKEN_SCOPE_LABELS: Record<ServiceTokenScope, string> = {
  "ml.training_data.read": "Read the pseudonymised lab results of sharing organizations (model retraining)",
};

const MAX_EXPIRY_DAYS = 366;
const DAY_MS = 86_400_000;

export const createServiceTokenSchema = z.strictObject({
  name: singleLineTextSchema.trim().min(1, "Name the token after the service that uses it").max(100, "Use at most 100 characters"),
  scopes: z
    .array(z.enum(SERVICE_TOKEN_SCOPES, { error: `Each scope is one of ${SERVICE_TOKEN_SCOPES.join(", ")}` }))
    .min(1, "Choose at least one scope")
    .max(SERVICE_TOKEN_SCOPES.length)
    .transform((scopes) => [...new Set(scopes)]),
  expiresAt: z.iso
    .datetime({ offset: true, error: "expiresAt is a date and time such as 2027-01-31T00:00:00Z" })
    .refine(
      (value) => {
        const at = new Date(value).getTime();
        return at > Date.now() && at <= Date.now() + MAX_EXPIRY_DAYS * DAY_MS;
      },
      { error: "Choose an expiry in the future and at most a year away" },
    )
    .nullish(),
});
export type CreateServiceTokenInput = z.infer<typeof createServiceTokenSchema>;

export const serviceTokenParamsSchema = z.strictObject({ id: z.uuid({ error: "Not a service token id" }) });

export const trainingDataQuerySchema = z.strictObject({
  format: z.enum(["jsonl", "csv"], { error: "format is jsonl or csv" }).default("jsonl"),
  cursor: singleLineTextSchema.max(200).optional(),
  limit: z.coerce.number({ error: "limit is a number" }).int().min(1).max(5000).default(1000),
});
export type TrainingDataQuery = z.infer<typeof trainingDataQuerySchema>;
