import type { z } from "zod";
import { PLANS } from "@/lib/billing/plans";
import type { Tenant } from "./queries";
import type { tenantSchema } from "./response-schemas";

/** The tenant as the API shows it: no Stripe ids, with the plan's limits. */
export function presentTenant(tenant: Tenant, viewerUserId: string): z.input<typeof tenantSchema> {
  return {
    id: tenant.id,
    name: tenant.name,
    slug: tenant.slug,
    plan: tenant.plan,
    subscriptionStatus: tenant.subscriptionStatus,
    trialEndsAt: tenant.trialEndsAt,
    billingEmail: tenant.billingEmail,
    procurementApprovalThreshold: tenant.procurementApprovalThreshold === null ? null : Number(tenant.procurementApprovalThreshold),
    shareFeedback: tenant.shareFeedback,
    ownerUserId: tenant.ownerUserId,
    isOwner: tenant.ownerUserId === viewerUserId,
    limits: PLANS[tenant.plan].limits,
    createdAt: tenant.createdAt,
    updatedAt: tenant.updatedAt,
  };
}
