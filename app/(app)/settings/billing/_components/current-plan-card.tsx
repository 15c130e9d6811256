"use client";

import { CalendarClock } from "lucide-react";
import type { ReactNode } from "react";
import { formatBillingDate, formatTrialDaysLeft, STATUS_BADGE, STATUS_LABELS } from "@/components/format/subscription";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { readOnlyMessage } from "@/lib/billing/access";
import { hasLiveSubscription, type SubscriptionOverview } from "@/lib/billing/hooks";
import { formatMoney } from "@/lib/billing/money";
import { PLANS } from "@/lib/billing/plans";
import { CreditBalance } from "./credit-balance";
import { SubscriptionActions } from "./subscription-actions";

function monthlyPrice(overview: SubscriptionOverview): string {
  if (overview.status === "canceled") return "No active subscription";
  const live = hasLiveSubscription(overview) ? overview.subscription : null;
  if (live) return `${formatMoney(live.amountCents, live.currency)} / month`;
  const plan = PLANS[overview.plan];
  return plan.priceCents === null ? "Custom pricing" : `${formatMoney(plan.priceCents, plan.currency)} / month`;
}

function renewalLine(subscription: NonNullable<SubscriptionOverview["subscription"]>): ReactNode {
  const end = formatBillingDate(subscription.currentPeriodEnd);
  if (subscription.status === "canceled") return `Ended on ${formatBillingDate(subscription.canceledAt ?? subscription.currentPeriodEnd)}.`;
  if (subscription.cancelAtPeriodEnd) {
    return (
      <>
        <span className="font-semibold text-foreground">Ends on {end}.</span> It keeps working until then and nothing is deleted.
      </>
    );
  }
  if (subscription.status === "past_due") return `The current period ends on ${end}.`;
  return `Renews on ${end}.`;
}

type CurrentPlanCardProps = { overview: SubscriptionOverview; canManage: boolean };

/** The plan the organization is on now: status, price, trial, billing period and why it is read-only. */
export function CurrentPlanCard({ overview, canManage }: CurrentPlanCardProps) {
  const { subscription } = overview;
  const live = hasLiveSubscription(overview) ? subscription : null;
  const trialing = overview.status === "trialing" && overview.trialDaysLeft !== null && !overview.readOnly;

  return (
    <Card className="flex flex-col">
      <CardHeader>
        <CardDescription>Your plan</CardDescription>
        <CardTitle className="flex flex-wrap items-center gap-2 text-2xl">
          {overview.planName}
          <Badge variant={STATUS_BADGE[overview.status]}>{STATUS_LABELS[overview.status]}</Badge>
        </CardTitle>
      </CardHeader>
      <CardContent className="grid flex-1 content-start gap-4 text-sm">
        {overview.readOnly && overview.readOnlyReason ? (
          <Alert variant="warning">
            <p>{readOnlyMessage(overview.readOnlyReason)}</p>
          </Alert>
        ) : null}
        <p className="text-lg font-semibold tabular-nums">
          {monthlyPrice(overview)}
          {trialing && !subscription ? <span className="ml-2 text-sm font-normal text-muted-foreground">free during the trial</span> : null}
        </p>
        {trialing ? (
          <p className="flex items-center gap-2 font-medium">
            <CalendarClock className="size-4 text-amber-600" aria-hidden="true" />
            Trial: {formatTrialDaysLeft(overview.trialDaysLeft ?? 0).toLowerCase()} (ends {formatBillingDate(overview.trialEndsAt)}).
          </p>
        ) : null}
        {subscription ? (
          <div className="grid gap-1 text-muted-foreground">
            {subscription.status === "canceled" ? null : (
              <p>
                Current period: {formatBillingDate(subscription.currentPeriodStart)} – {formatBillingDate(subscription.currentPeriodEnd)}
              </p>
            )}
            <p>{renewalLine(subscription)}</p>
          </div>
        ) : (
          <p className="text-muted-foreground">{PLANS[overview.plan].summary}</p>
        )}
        {canManage && subscription ? <CreditBalance /> : null}
        {!canManage ? (
          <p className="text-muted-foreground">Ask an admin of your organization to change the plan or the payment details.</p>
        ) : null}
      </CardContent>
      {canManage && live ? (
        <CardFooter className="justify-end border-t border-border pt-6">
          <SubscriptionActions planName={overview.planName} subscription={live} />
        </CardFooter>
      ) : null}
    </Card>
  );
}
