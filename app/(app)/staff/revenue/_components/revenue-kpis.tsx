import { formatMonthLong } from "@/components/charts/chart-format";
import { formatMoney } from "@/lib/billing/money";
import type { RevenueMonth } from "@/lib/platform/hooks";

type Kpi = { label: string; value: number; note: string };

function signed(cents: number): string {
  return cents > 0 ? `+${formatMoney(cents)}` : formatMoney(cents);
}

function describeMrrChange(latest: RevenueMonth, previous: RevenueMonth | undefined): string {
  if (!previous) return `End of ${formatMonthLong(latest.month)}`;
  const change = latest.mrrCents - previous.mrrCents;
  return change === 0 ? `No change from ${formatMonthLong(previous.month)}` : `${signed(change)} vs ${formatMonthLong(previous.month)}`;
}

function listKpis(latest: RevenueMonth, previous: RevenueMonth | undefined): Kpi[] {
  const month = formatMonthLong(latest.month);
  return [
    { label: "MRR", value: latest.mrrCents, note: describeMrrChange(latest, previous) },
    { label: "ARR", value: latest.arrCents, note: "MRR × 12" },
    { label: "New MRR", value: latest.newCents, note: month },
    { label: "Expansion MRR", value: latest.expansionCents, note: month },
    { label: "Churned MRR", value: latest.churnedCents, note: month },
    { label: "Commissions", value: latest.commissionsCents, note: month },
  ];
}

/** The latest month of the range at a glance. */
export function RevenueKpis({ months }: { months: RevenueMonth[] }) {
  const latest = months.at(-1);
  if (!latest) return null;
  return (
    <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-6">
      {listKpis(latest, months.at(-2)).map((kpi) => (
        <div key={kpi.label} className="grid content-start gap-1 rounded-xl border border-border bg-card p-5 shadow-sm">
          <dt className="text-sm text-muted-foreground">{kpi.label}</dt>
          <dd className="text-xl font-semibold tabular-nums">{formatMoney(kpi.value)}</dd>
          <dd className="text-xs text-muted-foreground">{kpi.note}</dd>
        </div>
      ))}
    </dl>
  );
}
