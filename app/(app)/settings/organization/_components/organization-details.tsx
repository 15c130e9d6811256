import type { ReactNode } from "react";
import { formatDate } from "@/components/format/dates";
import { STATUS_BADGE, STATUS_LABELS, type SubscriptionStatus } from "@/components/format/subscription";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PLANS, type PlanId } from "@/lib/billing/plans";

type OrganizationDetailsProps = {
  slug: string;
  plan: PlanId;
  status: SubscriptionStatus;
  trialEndsAt: Date | null;
  createdAt: Date;
};

export function OrganizationDetails({ slug, plan, status, trialEndsAt, createdAt }: OrganizationDetailsProps) {
  const rows: { term: string; value: ReactNode }[] = [
    { term: "Slug", value: <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs">{slug}</code> },
    { term: "Plan", value: PLANS[plan].name },
    { term: "Status", value: <Badge variant={STATUS_BADGE[status]}>{STATUS_LABELS[status]}</Badge> },
    ...(status === "trialing" ? [{ term: "Trial ends", value: formatDate(trialEndsAt) }] : []),
    { term: "Created", value: formatDate(createdAt) },
  ];
  return (
    <Card>
      <CardHeader>
        <CardTitle>Details</CardTitle>
        <CardDescription>Set when the organization was created, or by its subscription.</CardDescription>
      </CardHeader>
      <CardContent>
        <dl className="grid gap-4 text-sm sm:grid-cols-2 lg:grid-cols-3">
          {rows.map((row) => (
            <div key={row.term} className="grid gap-1">
              <dt className="text-muted-foreground">{row.term}</dt>
              <dd className="font-medium">{row.value}</dd>
            </div>
          ))}
        </dl>
      </CardContent>
    </Card>
  );
}
