"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDayLong, formatDayShort } from "./chart-format";
import { CHART_COLORS, ChartFrame } from "./chart-frame";

/** One count per UTC day, as bars. */
export function DailyCountChart({ title, unit, days }: { title: string; unit: string; days: { day: string; count: number }[] }) {
  const total = days.reduce((sum, d) => sum + d.count, 0);
  const range = days.length > 0 ? `${formatDayLong(days[0]!.day)} to ${formatDayLong(days.at(-1)!.day)}` : "";
  return (
    <ChartFrame title={title} summary={`${total.toLocaleString("en-US")} ${unit} from ${range}.`}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={days} margin={{ top: 16, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="day" tickFormatter={formatDayShort} fontSize={12} minTickGap={16} />
          <YAxis allowDecimals={false} fontSize={12} width={40} />
          <Tooltip labelFormatter={(v) => formatDayLong(String(v))} formatter={(v) => [Number(v).toLocaleString("en-US"), title]} />
          <Bar dataKey="count" name={title} fill={CHART_COLORS.line} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
