import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/rbac/permissions";

/** The member access rules are asked about in unit tests (no database): "me", with a role. */
export const ME = "00000000-0000-4000-8000-000000000001";
export const SOMEONE = "00000000-0000-4000-8000-000000000002";

export function testActor(role: Role): Actor {
  return {
    userId: ME,
    email: "me@example.test",
    name: "Me",
    tenantId: "00000000-0000-4000-8000-0000000000aa",
    tenantName: "Acme",
    role,
    isOwner: false,
    isStaff: false,
    plan: "professional",
    subscriptionStatus: "active",
    trialEndsAt: null,
    features: {},
    sessionId: null,
  };
}
