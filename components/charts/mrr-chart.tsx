"use client";

import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatMoney } from "@/lib/billing/money";
import { formatCompactCents, formatMonthLong, formatMonthShort, formatTooltipCents } from "./chart-format";
import { CHART_COLORS, ChartFrame } from "./chart-frame";

type MrrChartProps = { months: { month: string; mrrCents: number }[] };

/** Monthly recurring revenue at the end of each month. */
export function MrrChart({ months }: MrrChartProps) {
  const first = months[0];
  const last = months.at(-1);
  const summary =
    first && last
      ? `MRR went from ${formatMoney(first.mrrCents)} in ${formatMonthLong(first.month)} to ${formatMoney(last.mrrCents)} in ${formatMonthLong(last.month)}.`
      : "No months to show.";
  return (
    <ChartFrame title="MRR by month" summary={summary}>
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={months} margin={{ top: 16, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="month" tickFormatter={formatMonthShort} fontSize={12} />
          <YAxis tickFormatter={formatCompactCents} fontSize={12} width={56} />
          <Tooltip formatter={(v) => formatTooltipCents(v)} labelFormatter={(v) => formatMonthLong(String(v))} />
          <Area
            type="linear"
            dataKey="mrrCents"
            name="MRR"
            stroke={CHART_COLORS.line}
            fill={CHART_COLORS.fill}
            strokeWidth={2}
            isAnimationActive={false}
          />
        </AreaChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
