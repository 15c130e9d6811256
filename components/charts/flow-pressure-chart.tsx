"use client";

import { CartesianGrid, Line, LineChart, ReferenceDot, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/components/format/numbers";
import { listFlowCurve } from "@/lib/prediction/flow";
import type { Actuator } from "@/lib/prediction/schemas";
import { CHART_COLORS, ChartFrame } from "./chart-frame";

type FlowPressureChartProps = {
  actuator: Actuator;
  densityKgM3: number;
  operatingPoint: { pressureBar: number; flowMlMin: number };
  targetFlowMlMin?: number | null;
  maxPressureBar?: number | null;
};

/** Flow against pressure for the liquid: Q = Q_ref (P/P_ref)^n √(1000/ρ). */
export function FlowPressureChart({ actuator, densityKgM3, operatingPoint, targetFlowMlMin, maxPressureBar }: FlowPressureChartProps) {
  const toBar = Math.max(actuator.maxPressureBar, maxPressureBar ?? 0, operatingPoint.pressureBar);
  const data = listFlowCurve(actuator, densityKgM3, Math.min(0.3, toBar / 10), toBar, 60);
  const summary = `At ${formatNumber(operatingPoint.pressureBar)} bar the predicted flow is ${formatNumber(operatingPoint.flowMlMin)} ml/min; the actuator is rated to ${formatNumber(actuator.maxPressureBar)} bar.`;
  return (
    <ChartFrame title="Flow versus pressure" summary={summary}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 16, right: 16, bottom: 16, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis
            dataKey="pressureBar"
            type="number"
            domain={[0, "dataMax"]}
            tickFormatter={(v: number) => formatNumber(v, 2)}
            label={{ value: "Pressure (bar)", position: "insideBottom", offset: -8, fontSize: 12 }}
            fontSize={12}
          />
          <YAxis tickFormatter={(v: number) => formatNumber(v, 2)} fontSize={12} width={48} />
          <Tooltip formatter={(v) => `${formatNumber(Number(v))} ml/min`} labelFormatter={(v) => `${formatNumber(Number(v))} bar`} />
          <Line
            type="monotone"
            dataKey="flowMlMin"
            name="Flow"
            stroke={CHART_COLORS.line}
            dot={false}
            strokeWidth={2}
            isAnimationActive={false}
          />
          {targetFlowMlMin ? (
            <ReferenceLine
              y={targetFlowMlMin}
              stroke={CHART_COLORS.target}
              strokeDasharray="4 2"
              label={{ value: "Target flow", position: "insideTopLeft", fontSize: 11 }}
            />
          ) : null}
          {maxPressureBar ? (
            <ReferenceLine
              x={maxPressureBar}
              stroke={CHART_COLORS.limit}
              strokeDasharray="4 2"
              label={{ value: "Max pressure", position: "insideTopRight", fontSize: 11 }}
            />
          ) : null}
          <ReferenceDot x={operatingPoint.pressureBar} y={operatingPoint.flowMlMin} r={5} fill={CHART_COLORS.line} stroke="#fff" />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
