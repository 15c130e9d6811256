"use client";

import type { SubscriptionOverview } from "@/lib/billing/hooks";
import { CheckoutNotice } from "./checkout-notice";
import { CurrentPlanCard } from "./current-plan-card";
import { InvoicesCard } from "./invoices-card";
import { PlanPicker } from "./plan-picker";
import { UsageCard } from "./usage-card";
import { type CheckoutReturn, useCheckoutConfirmation } from "./use-checkout-confirmation";

type BillingOverviewProps = { initialOverview: SubscriptionOverview; canManage: boolean; checkout: CheckoutReturn };

export function BillingOverview({ initialOverview, canManage, checkout }: BillingOverviewProps) {
  const { overview, phase, checkAgain } = useCheckoutConfirmation(checkout, initialOverview);
  return (
    <div className="grid gap-8">
      <CheckoutNotice phase={phase} onCheckAgain={checkAgain} />
      <div className="grid gap-6 lg:grid-cols-2">
        <CurrentPlanCard overview={overview} canManage={canManage} />
        <UsageCard usage={overview.usage} planName={overview.planName} />
      </div>
      <PlanPicker overview={overview} canManage={canManage} />
      {canManage ? <InvoicesCard /> : null}
    </div>
  );
}
