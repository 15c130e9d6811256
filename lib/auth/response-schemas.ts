import { z } from "zod";
import { MEMBER_ROLES } from "@/db/schema/enums";

// What the account and sign-in endpoints answer, as the OpenAPI document shows it (sign-in's
// own endpoints in the internal one); the account functions are typed by these.

export const profileSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  hasPassword: z.boolean().meta({ description: "False for an account that signs in only with an OAuth provider" }),
});

export const accountSessionListSchema = z.object({
  sessions: z.array(
    z.object({
      id: z.uuid(),
      tenantName: z.string(),
      ipAddress: z.string().nullable(),
      userAgent: z.string().nullable(),
      startedAt: z.date(),
      lastActivityAt: z.date(),
      current: z.boolean().meta({ description: "The session this request came with" }),
    }),
  ),
});

export const endedSessionsSchema = z.object({ ended: z.int().meta({ description: "Sessions signed out" }) });

export const signedInSchema = z.object({
  userId: z.uuid(),
  tenantId: z.uuid().nullable().meta({ description: "The organization signed in to; null for an account in none" }),
});

export const activeTenantSchema = z.object({ tenantId: z.uuid(), role: z.enum(MEMBER_ROLES) });

export const messageSchema = z.object({ message: z.string() });
