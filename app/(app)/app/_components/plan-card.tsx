import { CalendarClock } from "lucide-react";
import { daysUntil, formatDate } from "@/components/format/dates";
import { STATUS_BADGE, STATUS_LABELS, type SubscriptionStatus } from "@/components/format/subscription";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PLANS, type PlanId } from "@/lib/billing/plans";

type PlanCardProps = { plan: PlanId; status: SubscriptionStatus; trialEndsAt: Date | null; isAdmin: boolean };

export function PlanCard({ plan, status, trialEndsAt, isAdmin }: PlanCardProps) {
  const trialEnded = status === "trialing" && trialEndsAt !== null && trialEndsAt.getTime() <= Date.now();
  const trialDaysLeft = status === "trialing" && !trialEnded ? daysUntil(trialEndsAt) : null;
  return (
    <Card>
      <CardHeader>
        <CardDescription>Plan</CardDescription>
        <CardTitle className="flex items-center gap-2 text-2xl">
          {PLANS[plan].name}
          <Badge variant={STATUS_BADGE[status]}>{STATUS_LABELS[status]}</Badge>
        </CardTitle>
      </CardHeader>
      <CardContent className="grid gap-2 text-sm text-muted-foreground">
        <p>{PLANS[plan].summary}</p>
        {trialDaysLeft !== null ? (
          <p className="flex items-center gap-2 font-medium text-foreground">
            <CalendarClock className="size-4 text-amber-600" aria-hidden="true" />
            {trialDaysLeft === 0
              ? "Your trial ends today."
              : `${trialDaysLeft} ${trialDaysLeft === 1 ? "day" : "days"} left in your trial (ends ${formatDate(trialEndsAt)}).`}
          </p>
        ) : null}
        {trialEnded ? (
          <p className="flex items-center gap-2 font-medium text-foreground">
            <CalendarClock className="size-4 text-amber-600" aria-hidden="true" />
            Your trial ended on {formatDate(trialEndsAt)}.{" "}
            {isAdmin ? "Choose a plan in Billing to keep editing." : "An admin can choose a plan to keep editing."}
          </p>
        ) : null}
        {trialDaysLeft !== null && !isAdmin ? <p>An admin can choose a plan before the trial ends.</p> : null}
      </CardContent>
    </Card>
  );
}
