import { Check, Minus } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { describePlan } from "@/lib/billing/plan-description";
import { PLAN_IDS, PLANS, type PlanDefinition, TRIAL_DAYS, TRIAL_PLAN } from "@/lib/billing/plans";

function formatPrice(plan: PlanDefinition): { amount: string; period: string | null } {
  if (plan.priceCents === null) return { amount: "Custom", period: null };
  const dollars = plan.priceCents / 100;
  return { amount: `$${dollars.toLocaleString("en-US")}`, period: "/mo" };
}

function PlanCard({ plan }: { plan: PlanDefinition }) {
  const featured = plan.id === TRIAL_PLAN;
  const price = formatPrice(plan);
  const contactSales = plan.priceCents === null;
  return (
    <div
      className={cn(
        "flex flex-col rounded-2xl border bg-card p-6 shadow-sm",
        featured ? "border-primary ring-1 ring-primary" : "border-border",
      )}
    >
      <div className="flex items-center justify-between gap-2">
        <h3 className="text-lg font-semibold">{plan.name}</h3>
        {featured ? <Badge>{TRIAL_DAYS}-day free trial</Badge> : null}
      </div>
      <p className="mt-2 text-sm text-muted-foreground">{plan.summary}</p>
      <p className="mt-6 flex items-baseline gap-1">
        <span className="text-4xl font-bold tracking-tight">{price.amount}</span>
        {price.period ? <span className="text-sm text-muted-foreground">{price.period}</span> : null}
      </p>
      <ul className="mt-6 grid gap-2 text-sm">
        {describePlan(plan).map((item) => (
          <li key={item.label} className={cn("flex items-center gap-2", !item.included && "text-muted-foreground")}>
            {item.included ? <Check className="size-4 text-primary" aria-hidden="true" /> : <Minus className="size-4" aria-hidden="true" />}
            <span>
              {item.label}
              {item.included ? null : <span className="sr-only"> (not included)</span>}
            </span>
          </li>
        ))}
      </ul>
      <div className="mt-8 flex-1 content-end">
        <Button asChild className="w-full" variant={featured ? "default" : "outline"}>
          {contactSales ? <a href="mailto:sales@aerospec.local">Contact sales</a> : <Link href="/signup">Start free trial</Link>}
        </Button>
      </div>
    </div>
  );
}

export function PricingTable() {
  return (
    <section id="pricing" aria-labelledby="pricing-heading" className="border-t border-border bg-surface">
      <div className="mx-auto max-w-6xl px-4 py-20 sm:px-6">
        <h2 id="pricing-heading" className="text-3xl font-bold tracking-tight">
          Pricing
        </h2>
        <p className="mt-3 max-w-2xl text-muted-foreground">
          Every new organization starts with {TRIAL_DAYS} days of {PLANS[TRIAL_PLAN].name}, free. Pick a plan when the trial ends.
        </p>
        <div className="mt-10 grid gap-6 lg:grid-cols-3">
          {PLAN_IDS.map((id) => (
            <PlanCard key={id} plan={PLANS[id]} />
          ))}
        </div>
      </div>
    </section>
  );
}
