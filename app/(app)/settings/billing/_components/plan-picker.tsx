"use client";

import { CircleCheck } from "lucide-react";
import { type ReactNode, useState } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { hasLiveSubscription, type SubscriptionOverview, useSubscribe } from "@/lib/billing/hooks";
import { PLANS, type PlanId } from "@/lib/billing/plans";
import { SELF_SERVE_PLANS } from "@/lib/billing/predicates";
import { errorMessage } from "@/lib/http/client";
import { PlanOption } from "./plan-option";
import { SwitchPlanDialog } from "./switch-plan-dialog";

const SALES_EMAIL = "mailto:sales@aerospec.local";

function CurrentPlanMark() {
  return (
    <p className="flex items-center gap-2 text-sm font-medium text-primary">
      <CircleCheck className="size-4" aria-hidden="true" />
      Current plan
    </p>
  );
}

function planPickerNote(overview: SubscriptionOverview, live: boolean, canManage: boolean): string {
  if (!canManage) return "Billed monthly. Ask an admin of your organization to change the plan.";
  if (live) return "Switching takes effect now; the price difference is prorated over the rest of the billing period.";
  const trialDays = overview.status === "trialing" && !overview.readOnly ? overview.trialDaysLeft : null;
  if (trialDays !== null && trialDays > 0) {
    const left = trialDays === 1 ? "1 day" : `${trialDays} days`;
    return `Subscribing ends your free trial now (${left} left) and charges the first month today. Billed monthly; switch plans or cancel at any time.`;
  }
  return "Billed monthly. You can switch plans or cancel at any time.";
}

type PlanPickerProps = { overview: SubscriptionOverview; canManage: boolean };

/** The plans on offer: subscribe when there is no live subscription, switch when there is one. */
export function PlanPicker({ overview, canManage }: PlanPickerProps) {
  const live = hasLiveSubscription(overview);
  const subscribe = useSubscribe();
  const [redirecting, setRedirecting] = useState(false);
  const busy = subscribe.isPending || redirecting;

  async function onSubscribe(plan: PlanId) {
    try {
      const { url } = await subscribe.mutateAsync(plan);
      setRedirecting(true);
      window.location.assign(url);
    } catch (error) {
      toast.error(`Could not start checkout for ${PLANS[plan].name}`, { description: errorMessage(error) });
    }
  }

  function actionFor(plan: PlanId): ReactNode {
    if (live && plan === overview.plan) return <CurrentPlanMark />;
    if (!canManage) return null;
    if (live) return <SwitchPlanDialog overview={overview} target={PLANS[plan]} />;
    return (
      <Button onClick={() => void onSubscribe(plan)} loading={busy && subscribe.variables === plan} disabled={busy}>
        Subscribe to {PLANS[plan].name}
      </Button>
    );
  }

  function badgeFor(plan: PlanId): ReactNode {
    if (!live && overview.status === "trialing" && !overview.readOnly && plan === overview.plan)
      return <Badge variant="warning">Your trial</Badge>;
    return null;
  }

  const enterprise = PLANS.enterprise;
  return (
    <section aria-labelledby="plans-heading" className="grid gap-4">
      <div>
        <h2 id="plans-heading" className="text-lg font-semibold tracking-tight">
          Plans
        </h2>
        <p className="text-sm text-muted-foreground">{planPickerNote(overview, live, canManage)}</p>
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        {SELF_SERVE_PLANS.map((id) => (
          <PlanOption key={id} plan={PLANS[id]} current={live && id === overview.plan} badge={badgeFor(id)} action={actionFor(id)} />
        ))}
        <PlanOption
          plan={enterprise}
          current={overview.plan === enterprise.id}
          action={
            overview.plan === enterprise.id ? (
              <CurrentPlanMark />
            ) : (
              <Button asChild variant="outline">
                <a href={SALES_EMAIL}>Contact sales</a>
              </Button>
            )
          }
        />
      </div>
    </section>
  );
}
