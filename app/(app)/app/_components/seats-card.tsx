import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatLimit, PLANS, type PlanId, UNLIMITED } from "@/lib/billing/plans";

export function SeatsCard({ used, plan }: { used: number; plan: PlanId }) {
  const limit = PLANS[plan].limits.max_users;
  const unlimited = limit === UNLIMITED;
  const percent = unlimited || limit === 0 ? 0 : Math.min(100, Math.round((used / limit) * 100));
  return (
    <Card>
      <CardHeader>
        <CardDescription>Team</CardDescription>
        <CardTitle className="text-2xl">
          {used} {used === 1 ? "member" : "members"}
        </CardTitle>
      </CardHeader>
      <CardContent className="grid gap-3 text-sm">
        <p className="text-muted-foreground">
          {unlimited ? "Unlimited seats on your plan." : `${used} of ${formatLimit(limit)} seats used.`}
        </p>
        {unlimited ? null : (
          <div
            role="progressbar"
            aria-label="Seats used"
            aria-valuemin={0}
            aria-valuemax={limit}
            aria-valuenow={used}
            className="h-2 overflow-hidden rounded-full bg-muted"
          >
            <div className={percent >= 100 ? "h-full bg-amber-500" : "h-full bg-primary"} style={{ width: `${percent}%` }} />
          </div>
        )}
        <Link href="/settings/team" className="font-medium text-primary hover:underline">
          View team
        </Link>
      </CardContent>
    </Card>
  );
}
