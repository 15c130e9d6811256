"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/components/format/numbers";
import { formatDayLong, formatDayShort } from "./chart-format";
import { CHART_COLORS, ChartFrame } from "./chart-frame";

type Period = { key: string | null; droplet: { rmse: number | null }; flow: { rmse: number | null }; cone: { rmse: number | null } };

/** RMSE per period: droplet size and flow in log units (left), cone in degrees (right). */
export function RmseTrendChart({ periods, bucket }: { periods: Period[]; bucket: string }) {
  const data = periods.map((p) => ({ period: p.key ?? "", droplet: p.droplet.rmse, flow: p.flow.rmse, cone: p.cone.rmse }));
  const last = data.at(-1);
  const summary = last
    ? `${data.length} ${bucket === "week" ? "weeks" : "months"}; latest droplet RMSE ${formatNumber(last.droplet)} (log), cone ${formatNumber(last.cone)}°.`
    : "No periods.";
  return (
    <ChartFrame title={`RMSE by ${bucket}`} summary={summary}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 16, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="period" tickFormatter={formatDayShort} fontSize={12} minTickGap={16} />
          <YAxis yAxisId="log" fontSize={12} width={40} tickFormatter={(v: number) => formatNumber(v, 2)} />
          <YAxis yAxisId="deg" orientation="right" fontSize={12} width={36} tickFormatter={(v: number) => `${formatNumber(v, 2)}°`} />
          <Tooltip labelFormatter={(v) => `From ${formatDayLong(String(v))}`} formatter={(v) => formatNumber(Number(v))} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line yAxisId="log" dataKey="droplet" name="Droplet (log)" stroke={CHART_COLORS.line} isAnimationActive={false} connectNulls />
          <Line yAxisId="log" dataKey="flow" name="Flow (log)" stroke={CHART_COLORS.target} isAnimationActive={false} connectNulls />
          <Line yAxisId="deg" dataKey="cone" name="Cone (°)" stroke={CHART_COLORS.limit} isAnimationActive={false} connectNulls />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
