import { UsageMeter } from "@/components/billing/usage-meter";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { SubscriptionOverview } from "@/lib/billing/hooks";
import type { LimitName } from "@/lib/billing/plans";

const PERIOD_HINTS: Record<LimitName, string> = {
  api_calls_per_month: "Counted since the 1st of the month (UTC).",
  configurations_per_month: "Configurations created since the 1st of the month (UTC).",
  export_requests_per_day: "Counted since midnight UTC.",
  max_users: "Members plus pending invitations.",
};

/** Usage against every limit of the plan. */
export function UsageCard({ usage, planName }: { usage: SubscriptionOverview["usage"]; planName: string }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Usage</CardTitle>
        <CardDescription>What this organization has used of the {planName} plan&apos;s limits.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5">
        {usage.map((meter) => (
          <UsageMeter
            key={meter.limit}
            id={`usage-${meter.limit}`}
            label={meter.label}
            used={meter.used}
            allowed={meter.allowed}
            hint={PERIOD_HINTS[meter.limit]}
          />
        ))}
      </CardContent>
    </Card>
  );
}
