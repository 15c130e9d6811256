"use client";

import { Area, AreaChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/components/format/numbers";
import { listVolumeDistribution } from "@/lib/prediction/distribution";
import { listLogTicks } from "./chart-format";
import { CHART_COLORS, ChartFrame } from "./chart-frame";

type DropletDistributionChartProps = {
  smdUm: number;
  rosinRammlerQ: number;
  dv10Um: number;
  dv50Um: number;
  dv90Um: number;
  targetUm?: number | null;
};

/** Predicted volume distribution of droplet sizes (Rosin–Rammler), on a log diameter axis. */
export function DropletDistributionChart({ smdUm, rosinRammlerQ, dv10Um, dv50Um, dv90Um, targetUm }: DropletDistributionChartProps) {
  const data = listVolumeDistribution(smdUm, rosinRammlerQ, 80).map((p) => ({ diameterUm: p.diameterUm, density: p.volumeDensity }));
  const markers = [
    { x: dv10Um, label: "Dv10" },
    { x: dv50Um, label: "Dv50" },
    { x: dv90Um, label: "Dv90" },
  ];
  const summary = `Dv10 ${formatNumber(dv10Um)} µm, Dv50 ${formatNumber(dv50Um)} µm, Dv90 ${formatNumber(dv90Um)} µm${targetUm ? `; target ${targetUm} µm` : ""}.`;
  return (
    <ChartFrame title="Droplet-size distribution (volume)" summary={summary}>
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={data} margin={{ top: 16, right: 16, bottom: 16, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis
            dataKey="diameterUm"
            type="number"
            scale="log"
            domain={["dataMin", "dataMax"]}
            ticks={listLogTicks(data[0]?.diameterUm ?? 0, data.at(-1)?.diameterUm ?? 0)}
            tickFormatter={(v: number) => formatNumber(v, 2)}
            label={{ value: "Diameter (µm)", position: "insideBottom", offset: -8, fontSize: 12 }}
            fontSize={12}
          />
          <YAxis tickFormatter={(v: number) => formatNumber(v, 2)} fontSize={12} width={40} />
          <Tooltip formatter={(v) => formatNumber(Number(v))} labelFormatter={(v) => `${formatNumber(Number(v))} µm`} />
          <Area
            type="monotone"
            dataKey="density"
            name="Volume density"
            stroke={CHART_COLORS.line}
            fill={CHART_COLORS.fill}
            isAnimationActive={false}
          />
          {markers.map((m) => (
            <ReferenceLine
              key={m.label}
              x={m.x}
              stroke={CHART_COLORS.marker}
              strokeDasharray="4 2"
              label={{ value: m.label, position: "top", fontSize: 11 }}
            />
          ))}
          {targetUm ? (
            <ReferenceLine
              x={targetUm}
              stroke={CHART_COLORS.target}
              label={{ value: "Target", position: "insideTopRight", fontSize: 11 }}
            />
          ) : null}
        </AreaChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
