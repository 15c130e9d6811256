import { z } from "zod";

// What the health check and the callback receivers (Stripe, suppliers) answer: internal
// endpoints, outside the public OpenAPI document, held to these by their types all the same.

export const healthSchema = z.object({
  status: z.enum(["ok", "degraded", "down"]),
  database: z.enum(["ok", "unreachable"]),
  migrations: z.object({ expected: z.int(), applied: z.int(), current: z.boolean() }).optional(),
});

export const callbackReceivedSchema = z.object({
  received: z.boolean().meta({ description: "Always true: the event is taken" }),
  outcome: z.enum(["applied", "duplicate", "ignored", "unknown_order"]),
});
