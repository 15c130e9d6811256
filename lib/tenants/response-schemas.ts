import { z } from "zod";
import { MEMBER_ROLES, PLANS, SUBSCRIPTION_STATUSES } from "@/db/schema/enums";

// What the organization, member and invitation endpoints answer, as the OpenAPI document shows
// it; the presenter, the queries and the routes are typed by these, so the two cannot drift apart.

const limit = z.int().meta({ description: "-1: unlimited" });

export const tenantSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  slug: z.string(),
  plan: z.enum(PLANS),
  subscriptionStatus: z.enum(SUBSCRIPTION_STATUSES),
  trialEndsAt: z.date().nullable(),
  billingEmail: z.string().nullable(),
  procurementApprovalThreshold: z
    .number()
    .nullable()
    .meta({ description: "Orders above this total need an admin's approval; null: none do" }),
  shareFeedback: z.boolean().meta({ description: "Lab results count, anonymised, in the results other organizations see" }),
  ownerUserId: z.uuid().nullable(),
  isOwner: z.boolean().meta({ description: "The caller owns the organization" }),
  limits: z.object({
    api_calls_per_month: limit,
    configurations_per_month: limit,
    export_requests_per_day: limit,
    max_users: limit,
  }),
  createdAt: z.date(),
  updatedAt: z.date(),
});

const memberSchema = z.object({
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: z.enum(MEMBER_ROLES),
  joinedAt: z.date(),
  lastLoginAt: z.date().nullable(),
});

export const memberListSchema = z.object({ members: z.array(memberSchema) });

export const memberRoleSchema = z.object({ userId: z.uuid(), role: z.enum(MEMBER_ROLES) });

const pendingInvitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: z.enum(MEMBER_ROLES),
  expiresAt: z.date(),
  createdAt: z.date(),
  lastSentAt: z.date().nullable(),
  invitedBy: z.string().nullable().meta({ description: "The inviter's name; null once their account is gone" }),
});

export const invitationListSchema = z.object({ invitations: z.array(pendingInvitationSchema) });

export const sentInvitationSchema = pendingInvitationSchema.pick({ id: true, email: true, role: true, expiresAt: true });

export const resentInvitationSchema = pendingInvitationSchema.pick({ id: true, email: true, expiresAt: true });

export const joinedTenantSchema = z.object({
  tenantId: z.uuid(),
  role: z
    .enum(MEMBER_ROLES)
    .nullable()
    .meta({ description: "The role in the organization joined; null if the session could not be opened" }),
});
