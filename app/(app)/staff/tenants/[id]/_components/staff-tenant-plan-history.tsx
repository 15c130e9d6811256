import { formatBillingDate, STATUS_LABELS, type SubscriptionStatus } from "@/components/format/subscription";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatMoney } from "@/lib/billing/money";
import { PLANS, type PlanId } from "@/lib/billing/plans";

type PlanChange = {
  kind: "new" | "expansion" | "contraction" | "churn" | "reactivation";
  plan: PlanId;
  status: SubscriptionStatus;
  mrrCents: number;
  previousMrrCents: number;
  currency: string;
  occurredAt: string;
};

const KIND_LABELS: Record<PlanChange["kind"], string> = {
  new: "Subscribed",
  expansion: "Upgraded",
  contraction: "Downgraded",
  churn: "Cancelled",
  reactivation: "Came back",
};

/** Every plan and MRR change, newest first, down to the trial the organization started with. */
export function StaffTenantPlanHistory({ changes, createdAt }: { changes: PlanChange[]; createdAt: string }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Plan history</CardTitle>
        <CardDescription>Each change of plan and monthly recurring revenue, newest first.</CardDescription>
      </CardHeader>
      <CardContent className="min-w-0 overflow-x-auto">
        <Table aria-label="Plan history">
          <TableHeader>
            <TableRow>
              <TableHead>Date</TableHead>
              <TableHead>Change</TableHead>
              <TableHead>Plan</TableHead>
              <TableHead className="text-right">MRR</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {changes.map((change) => (
              <TableRow key={`${change.occurredAt}-${change.kind}-${change.mrrCents}`}>
                <TableCell className="whitespace-nowrap">{formatBillingDate(change.occurredAt)}</TableCell>
                <TableCell>{KIND_LABELS[change.kind]}</TableCell>
                <TableCell>
                  {PLANS[change.plan].name} <span className="text-xs text-muted-foreground">({STATUS_LABELS[change.status]})</span>
                </TableCell>
                <TableCell className="whitespace-nowrap text-right tabular-nums">
                  {formatMoney(change.previousMrrCents, change.currency)} → {formatMoney(change.mrrCents, change.currency)}
                </TableCell>
              </TableRow>
            ))}
            <TableRow>
              <TableCell className="whitespace-nowrap">{formatBillingDate(createdAt)}</TableCell>
              <TableCell>Signed up</TableCell>
              <TableCell>Trial</TableCell>
              <TableCell className="text-right tabular-nums">—</TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
