"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { formatBillingDate } from "@/components/format/subscription";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { type SubscriptionOverview, useChangePlan } from "@/lib/billing/hooks";
import { formatMoney } from "@/lib/billing/money";
import { listPlanLimits } from "@/lib/billing/plan-description";
import { PLANS, type PlanDefinition } from "@/lib/billing/plans";
import { errorMessage } from "@/lib/http/client";

function decapitalize(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

type SwitchPlanDialogProps = { overview: SubscriptionOverview; target: PlanDefinition };

/** Moves a live subscription to another plan now; the difference is prorated over the rest of the period. */
export function SwitchPlanDialog({ overview, target }: SwitchPlanDialogProps) {
  const router = useRouter();
  const changePlan = useChangePlan();
  const current = PLANS[overview.plan];
  const upgrade = (target.priceCents ?? 0) > (current.priceCents ?? 0);
  const periodEnd = formatBillingDate(overview.subscription?.currentPeriodEnd);
  const price = target.priceCents === null ? "a custom price" : `${formatMoney(target.priceCents, target.currency)} a month`;

  async function onConfirm() {
    try {
      await changePlan.mutateAsync(target.id);
      toast.success(`Switched to ${target.name}`, {
        description: upgrade
          ? "The prorated difference is on today's invoice."
          : "The credit for the unused time is on your account (see Your plan) and comes off your next invoice.",
      });
      router.refresh();
    } catch (error) {
      toast.error(`Could not switch to ${target.name}`, { description: errorMessage(error) });
      throw error;
    }
  }

  return (
    <ConfirmDialog
      tone="default"
      title={`Switch to ${target.name}?`}
      confirmLabel="Switch plan"
      description={
        <>
          <p>
            {target.name} starts now, at {price} from the next period.
          </p>
          {upgrade ? (
            <p>
              You are charged now for the rest of the current period (until {periodEnd}): the prorated difference between {current.name} and{" "}
              {target.name}.
            </p>
          ) : (
            <p>
              You are credited now for the unused part of {current.name} for the rest of the current period (until {periodEnd}); the credit
              is taken off your next invoices.
            </p>
          )}
          {upgrade ? null : (
            <p>
              The {target.name} limits apply at once: {listPlanLimits(target).map(decapitalize).join(", ")}.
            </p>
          )}
        </>
      }
      onConfirm={onConfirm}
      trigger={<Button variant={upgrade ? "default" : "outline"}>Switch to {target.name}</Button>}
    />
  );
}
