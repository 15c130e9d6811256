import { z } from "zod";
import { singleLineTextSchema } from "@/lib/http/text";
import { WEBHOOK_EVENT_TYPES } from "./events";

const urlSchema = singleLineTextSchema
  .trim()
  .max(2048, "Use a URL of at most 2048 characters")
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return url.protocol === "https:" || url.protocol === "http:";
      } catch {
        return false;
      }
    },
    { error: "Enter a full URL such as https://example.com/webhooks/aerospec" },
  );

const eventTypesSchema = z
  .array(z.enum(WEBHOOK_EVENT_TYPES, { error: `Each event is one of ${WEBHOOK_EVENT_TYPES.join(", ")}` }))
  .min(1, "Choose at least one event")
  .max(WEBHOOK_EVENT_TYPES.length)
  .transform((types) => [...new Set(types)]);

const descriptionSchema = singleLineTextSchema.trim().max(200, "Use at most 200 characters").nullish();

export const createWebhookEndpointSchema = z.strictObject({
  url: urlSchema,
  eventTypes: eventTypesSchema,
  description: descriptionSchema,
});
export type CreateWebhookEndpointInput = z.infer<typeof createWebhookEndpointSchema>;

export const updateWebhookEndpointSchema = z
  .strictObject({
    url: urlSchema.optional(),
    eventTypes: eventTypesSchema.optional(),
    description: descriptionSchema,
    enabled: z.boolean().optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { error: "Send at least one field to change" });
export type UpdateWebhookEndpointInput = z.infer<typeof updateWebhookEndpointSchema>;

export const rotateWebhookSecretSchema = z.strictObject({
  // How long the previous secret still signs alongside the new one.
  overlapHours: z.number().int().min(0).max(72).default(24),
});
export type RotateWebhookSecretInput = z.infer<typeof rotateWebhookSecretSchema>;

const pageSchema = {
  cursor: singleLineTextSchema.max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
};

export const listWebhookEndpointsSchema = z.strictObject(pageSchema);
export type ListWebhookEndpointsInput = z.infer<typeof listWebhookEndpointsSchema>;

export const listWebhookDeliveriesSchema = z.strictObject(pageSchema);
export type ListWebhookDeliveriesInput = z.infer<typeof listWebhookDeliveriesSchema>;

export const webhookEndpointIdParamsSchema = z.strictObject({ id: z.uuid("Not a valid webhook endpoint id") });

export const webhookDeliveryParamsSchema = z.strictObject({
  id: z.uuid("Not a valid webhook endpoint id"),
  deliveryId: z.uuid("Not a valid delivery id"),
});
