"use client";

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/components/format/numbers";
import { listVolumeDistribution } from "@/lib/prediction/distribution";
import { listLogTicks } from "./chart-format";
import { CHART_COLORS, ChartFrame } from "./chart-frame";

const COMPARE_COLORS = ["#4f46e5", "#0891b2", "#d97706", "#db2777"] as const;

type Series = { sku: string; smdUm: number; rosinRammlerQ: number; dv50Um: number };

/** The predicted droplet-size distributions of a few actuators on one log axis: which sprays finer, which wider. */
export function DistributionCompareChart({ series, targetUm }: { series: Series[]; targetUm?: number | null }) {
  const curves = series.map((s) => ({
    sku: s.sku,
    points: listVolumeDistribution(s.smdUm, s.rosinRammlerQ, 60).map((p) => ({ diameterUm: p.diameterUm, density: p.volumeDensity })),
  }));
  const all = curves.flatMap((c) => c.points.map((p) => p.diameterUm));
  const [min, max] = [Math.min(...all), Math.max(...all)];
  const summary = series.map((s) => `${s.sku}: Dv50 ${formatNumber(s.dv50Um)} µm`).join("; ");
  return (
    <ChartFrame title="Droplet-size distributions compared (volume)" summary={summary}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart margin={{ top: 16, right: 16, bottom: 16, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis
            dataKey="diameterUm"
            type="number"
            scale="log"
            domain={[min, max]}
            allowDuplicatedCategory={false}
            ticks={listLogTicks(min, max)}
            tickFormatter={(v: number) => formatNumber(v, 2)}
            label={{ value: "Diameter (µm)", position: "insideBottom", offset: -8, fontSize: 12 }}
            fontSize={12}
          />
          <YAxis tickFormatter={(v: number) => formatNumber(v, 2)} fontSize={12} width={40} />
          <Tooltip formatter={(v) => formatNumber(Number(v))} labelFormatter={(v) => `${formatNumber(Number(v))} µm`} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {curves.map((curve, i) => (
            <Line
              key={curve.sku}
              data={curve.points}
              dataKey="density"
              name={curve.sku}
              type="monotone"
              dot={false}
              stroke={COMPARE_COLORS[i % COMPARE_COLORS.length]}
              strokeWidth={2}
              isAnimationActive={false}
            />
          ))}
          {targetUm ? (
            <ReferenceLine
              x={targetUm}
              stroke={CHART_COLORS.target}
              label={{ value: "Target", position: "insideTopRight", fontSize: 11 }}
            />
          ) : null}
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
