"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDayLong, formatDayShort } from "./chart-format";
import { CHART_COLORS, ChartFrame } from "./chart-frame";

type ApiUsageChartProps = { title: string; days: { day: string; count: number }[] };

/** Calls made with one API key per UTC day. */
export function ApiUsageChart({ title, days }: ApiUsageChartProps) {
  const total = days.reduce((sum, d) => sum + d.count, 0);
  const busiest = days.reduce((best, d) => (d.count > best.count ? d : best), days[0] ?? { day: "", count: 0 });
  const range = days.length > 0 ? `${formatDayLong(days[0]!.day)} to ${formatDayLong(days.at(-1)!.day)}` : "";
  const summary =
    total === 0
      ? `No calls from ${range}.`
      : `${total.toLocaleString("en-US")} calls from ${range}; the busiest day was ${formatDayLong(busiest.day)} with ${busiest.count.toLocaleString("en-US")}.`;
  if (total === 0) {
    return (
      <figure className="grid gap-2 rounded-lg border border-border p-4">
        <figcaption className="text-sm font-medium">{title}</figcaption>
        <p className="grid h-40 place-items-center text-center text-sm text-muted-foreground">
          No calls with this key in the last {days.length} days.
        </p>
      </figure>
    );
  }
  return (
    <ChartFrame title={`${title}: ${total.toLocaleString("en-US")} ${total === 1 ? "call" : "calls"}`} summary={summary}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={days} margin={{ top: 16, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="day" tickFormatter={formatDayShort} fontSize={12} minTickGap={16} />
          <YAxis allowDecimals={false} fontSize={12} width={48} />
          <Tooltip labelFormatter={(v) => formatDayLong(String(v))} formatter={(v) => [Number(v).toLocaleString("en-US"), "Calls"]} />
          <Bar dataKey="count" name="Calls" fill={CHART_COLORS.line} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
