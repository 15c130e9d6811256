import { UsageMeter } from "@/components/billing/usage-meter";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { UsageMeter as Meter } from "@/lib/billing/usage";

/** The organization's usage against its plan's limits (API calls and configurations this month, exports today, seats). */
export function StaffTenantUsage({ usage, planName }: { usage: Meter[]; planName: string }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Usage</CardTitle>
        <CardDescription>This month (exports: today, UTC) against the {planName} plan&apos;s limits.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5">
        {usage.map((meter) => (
          <UsageMeter key={meter.limit} id={`staff-usage-${meter.limit}`} label={meter.label} used={meter.used} allowed={meter.allowed} />
        ))}
      </CardContent>
    </Card>
  );
}
