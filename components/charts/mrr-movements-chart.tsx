"use client";

import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatMoney } from "@/lib/billing/money";
import { formatCompactCents, formatMonthLong, formatMonthShort, formatTooltipCents } from "./chart-format";
import { ChartFrame } from "./chart-frame";

type MovementMonth = { month: string; newCents: number; expansionCents: number; contractionCents: number; churnedCents: number };

// Gains stack above zero, losses below it.
const SERIES = [
  { key: "newCents", name: "New", color: "#4f46e5", sign: 1 },
  { key: "expansionCents", name: "Expansion", color: "#059669", sign: 1 },
  { key: "contractionCents", name: "Contraction", color: "#f59e0b", sign: -1 },
  { key: "churnedCents", name: "Churned", color: "#dc2626", sign: -1 },
] as const;

function total(months: MovementMonth[], key: (typeof SERIES)[number]["key"]): number {
  return months.reduce((sum, m) => sum + m[key], 0);
}

/** New and expansion MRR against contraction and churn, month by month. */
export function MrrMovementsChart({ months }: { months: MovementMonth[] }) {
  const data = months.map((m) => ({
    month: m.month,
    ...Object.fromEntries(SERIES.map((s) => [s.key, s.sign * m[s.key]])),
  }));
  const summary = `Over the range: ${SERIES.map((s) => `${s.name.toLowerCase()} ${formatMoney(total(months, s.key))}`).join(", ")}.`;
  return (
    <ChartFrame title="MRR movements by month" summary={summary}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} stackOffset="sign" margin={{ top: 16, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="month" tickFormatter={formatMonthShort} fontSize={12} />
          <YAxis tickFormatter={formatCompactCents} fontSize={12} width={56} />
          <Tooltip formatter={(v) => formatTooltipCents(v)} labelFormatter={(v) => formatMonthLong(String(v))} />
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
          <ReferenceLine y={0} stroke="#94a3b8" />
          {SERIES.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.name} stackId="movements" fill={s.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
