import { z } from "zod";
import { keysetPageSchema } from "@/lib/http/page-schema";
import { WEBHOOK_EVENT_TYPES } from "./events";

// What the webhook endpoints answer, as the OpenAPI document shows it; the presenters in
// present.ts and the service functions are typed by these, so the two cannot drift apart.

export const webhookEndpointSchema = z.object({
  id: z.uuid(),
  url: z.string(),
  description: z.string().nullable(),
  eventTypes: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
  enabled: z.boolean(),
  disabledReason: z.string().nullable().meta({ description: "Why AeroSpec disabled it (failing for too long); null otherwise" }),
  failingSince: z.date().nullable(),
  previousSecretExpiresAt: z.date().nullable().meta({ description: "Until then the previous secret also signs (after a rotation)" }),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const webhookEndpointPageSchema = keysetPageSchema(webhookEndpointSchema);

export const webhookEndpointWithSecretSchema = z.object({
  secret: z.string().meta({ description: "The signing secret (Standard Webhooks `whsec_…`): shown in this answer only" }),
  endpoint: webhookEndpointSchema,
});

export const webhookDeliverySchema = z.object({
  id: z.uuid(),
  eventId: z.uuid().meta({ description: "The `webhook-id` header: the same on every attempt and redelivery" }),
  eventType: z.string().meta({ description: "One of the subscribable event types, or webhook.test" }),
  payload: z.record(z.string(), z.unknown()),
  status: z.enum(["pending", "succeeded", "failed"]),
  attempts: z.int(),
  responseStatus: z.int().nullable(),
  responseExcerpt: z.string().nullable(),
  latencyMs: z.int().nullable(),
  error: z.string().nullable(),
  createdAt: z.date(),
  lastAttemptAt: z.date().nullable(),
  deliveredAt: z.date().nullable(),
});

export const webhookDeliveryPageSchema = keysetPageSchema(webhookDeliverySchema);
