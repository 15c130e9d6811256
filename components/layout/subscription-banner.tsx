import { AlertTriangle } from "lucide-react";
import Link from "next/link";
import type { BillingAccess, ReadOnlyReason } from "@/lib/billing/access";

const REASONS: Record<ReadOnlyReason, string> = {
  trial_ended: "the free trial has ended",
  past_due: "the last payment failed",
  canceled: "the subscription is canceled",
};

const ADMIN_STEPS: Record<ReadOnlyReason, string> = {
  trial_ended: "Choose a plan to keep editing.",
  past_due: "Pay the open invoice or update the payment method to keep editing.",
  canceled: "Choose a plan to keep editing.",
};

const MEMBER_STEPS: Record<ReadOnlyReason, string> = {
  trial_ended: "to choose a plan.",
  past_due: "to update the payment details.",
  canceled: "to choose a plan.",
};

/** Shown on every signed-in page while billing keeps the organization from changing anything. */
export function SubscriptionBanner({ access, isAdmin }: { access: BillingAccess; isAdmin: boolean }) {
  if (!access.readOnly) return null;
  const { reason } = access;
  return (
    <div role="alert" className="flex items-start gap-3 border-b border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-950 sm:px-8">
      <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
      <p>
        <span className="font-semibold">This organization is read-only because {REASONS[reason]}.</span> Everything stays available to read
        and nothing is deleted.{" "}
        {isAdmin ? (
          <>
            {ADMIN_STEPS[reason]}{" "}
            <Link href="/settings/billing" className="font-medium underline underline-offset-4 hover:no-underline">
              Go to billing
            </Link>
          </>
        ) : (
          <>Ask an admin of your organization {MEMBER_STEPS[reason]}</>
        )}
      </p>
    </div>
  );
}
