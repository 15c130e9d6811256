import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/http/errors";

export type ReadOnlyReason = "trial_ended" | "past_due" | "canceled";

export type BillingAccess = { readOnly: false; reason: null } | { readOnly: true; reason: ReadOnlyReason };

const MESSAGES: Record<ReadOnlyReason, string> = {
  trial_ended: "The free trial has ended. Choose a plan in Settings → Billing to keep editing.",
  past_due: "The last payment failed. Pay the open invoice in Settings → Billing to keep editing.",
  canceled: "The subscription is canceled. Choose a plan in Settings → Billing to keep editing.",
};

/**
 * Whether a tenant may change anything. Billing state never deletes data: a tenant whose
 * trial ended without a subscription, or whose subscription is past due or canceled, keeps
 * reading everything and can still reach billing, but cannot write.
 */
export function getBillingAccess(tenant: Pick<Actor, "subscriptionStatus" | "trialEndsAt">, now: Date = new Date()): BillingAccess {
  switch (tenant.subscriptionStatus) {
    case "past_due":
    case "canceled":
      return { readOnly: true, reason: tenant.subscriptionStatus };
    case "trialing":
      if (tenant.trialEndsAt !== null && new Date(tenant.trialEndsAt).getTime() <= now.getTime()) {
        return { readOnly: true, reason: "trial_ended" };
      }
      return { readOnly: false, reason: null };
    case "active":
      return { readOnly: false, reason: null };
  }
}

export function readOnlyMessage(reason: ReadOnlyReason): string {
  return `This organization is read-only. ${MESSAGES[reason]}`;
}

/** Whole days left in a trial, rounded up; null when the tenant is not trialing. */
export function trialDaysLeft(tenant: Pick<Actor, "subscriptionStatus" | "trialEndsAt">, now: Date = new Date()): number | null {
  if (tenant.subscriptionStatus !== "trialing" || tenant.trialEndsAt === null) return null;
  const ms = new Date(tenant.trialEndsAt).getTime() - now.getTime();
  return Math.max(0, Math.ceil(ms / 86_400_000));
}

/** Throws 402 payment_required for a write while the tenant is read-only. */
export function assertWritable(tenant: Pick<Actor, "subscriptionStatus" | "trialEndsAt">, now: Date = new Date()): void {
  const access = getBillingAccess(tenant, now);
  if (!access.readOnly) return;
  throw new AppError("payment_required", readOnlyMessage(access.reason), {
    details: [{ message: "read_only", reason: access.reason, billingUrl: "/settings/billing" }],
  });
}
