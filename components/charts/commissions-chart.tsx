"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatMoney } from "@/lib/billing/money";
import { formatCompactCents, formatMonthLong, formatMonthShort, formatTooltipCents } from "./chart-format";
import { ChartFrame } from "./chart-frame";

type CommissionMonth = { month: string; commissionsBySupplier: Record<string, number> };

const PALETTE = ["#4f46e5", "#0891b2", "#059669", "#d97706", "#db2777", "#64748b"];

type CommissionsChartProps = { months: CommissionMonth[]; supplierLabel?: (supplier: string) => string };

/** Procurement commissions per month, one stacked segment per supplier. */
export function CommissionsChart({ months, supplierLabel = (s) => s }: CommissionsChartProps) {
  const suppliers = [...new Set(months.flatMap((m) => Object.keys(m.commissionsBySupplier)))].sort();
  const data = months.map((m) => ({ month: m.month, ...m.commissionsBySupplier }));
  const totals = suppliers.map(
    (s) => `${supplierLabel(s)} ${formatMoney(months.reduce((sum, m) => sum + (m.commissionsBySupplier[s] ?? 0), 0))}`,
  );
  const summary = suppliers.length > 0 ? `Commissions over the range: ${totals.join(", ")}.` : "No commissions in this range.";
  if (suppliers.length === 0) {
    return (
      <figure className="grid gap-2 rounded-lg border border-border p-4">
        <figcaption className="text-sm font-medium">Commissions by month and supplier</figcaption>
        <p className="grid h-60 place-items-center text-sm text-muted-foreground">
          No commissions in this range. They appear here once procurement orders are paid.
        </p>
      </figure>
    );
  }
  return (
    <ChartFrame title="Commissions by month and supplier" summary={summary}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 16, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="month" tickFormatter={formatMonthShort} fontSize={12} />
          <YAxis tickFormatter={formatCompactCents} fontSize={12} width={56} />
          <Tooltip formatter={(v) => formatTooltipCents(v)} labelFormatter={(v) => formatMonthLong(String(v))} />
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
          {suppliers.map((supplier, i) => (
            <Bar
              key={supplier}
              dataKey={supplier}
              name={supplierLabel(supplier)}
              stackId="commissions"
              fill={PALETTE[i % PALETTE.length]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
