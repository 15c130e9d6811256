import { Check, Minus } from "lucide-react";
import type { ReactNode } from "react";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { formatMoney } from "@/lib/billing/money";
import { listPlanFeatures, listPlanLimits } from "@/lib/billing/plan-description";
import type { PlanDefinition } from "@/lib/billing/plans";

type PlanOptionProps = { plan: PlanDefinition; current: boolean; badge?: ReactNode; action: ReactNode };

/** One plan to choose: price, limits, features and what the admin can do with it. */
export function PlanOption({ plan, current, badge, action }: PlanOptionProps) {
  const headingId = `plan-${plan.id}-name`;
  return (
    <Card aria-labelledby={headingId} role="group" className={cn("flex flex-col", current && "border-primary ring-1 ring-primary")}>
      <CardHeader>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <CardTitle as="h3" id={headingId}>
            {plan.name}
          </CardTitle>
          {badge}
        </div>
        <p className="text-2xl font-semibold tabular-nums">
          {plan.priceCents === null ? (
            "Custom pricing"
          ) : (
            <>
              {formatMoney(plan.priceCents, plan.currency)}
              <span className="text-sm font-normal text-muted-foreground"> / month</span>
            </>
          )}
        </p>
        <CardDescription>{plan.summary}</CardDescription>
      </CardHeader>
      <CardContent className="grid flex-1 content-start gap-4 text-sm">
        <ul className="grid gap-1.5" aria-label={`${plan.name} limits`}>
          {listPlanLimits(plan).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <ul className="grid gap-1.5" aria-label={`${plan.name} features`}>
          {listPlanFeatures(plan).map((feature) => (
            <li key={feature.label} className={cn("flex items-center gap-2", !feature.included && "text-muted-foreground")}>
              {feature.included ? (
                <Check className="size-4 text-emerald-600" aria-hidden="true" />
              ) : (
                <Minus className="size-4" aria-hidden="true" />
              )}
              {feature.label}
              <span className="sr-only">{feature.included ? "(included)" : "(not included)"}</span>
            </li>
          ))}
        </ul>
      </CardContent>
      {action ? <CardFooter>{action}</CardFooter> : null}
    </Card>
  );
}
