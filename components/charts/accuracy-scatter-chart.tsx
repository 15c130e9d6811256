"use client";

import { CartesianGrid, ErrorBar, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/components/format/numbers";
import { listLogTicks } from "./chart-format";
import { CHART_COLORS, ChartFrame } from "./chart-frame";

export type ScatterQuantity = "droplet" | "cone" | "flow";
type Interval = { measured: number; p10: number; p50: number; p90: number };
type Point = { id: string; actuatorSku: string } & Record<ScatterQuantity, Interval | null>;

const LABELS: Record<ScatterQuantity, { title: string; unit: string; log: boolean }> = {
  droplet: { title: "Droplet size Dv50", unit: "µm", log: true },
  cone: { title: "Cone angle", unit: "°", log: false },
  flow: { title: "Flow", unit: "ml/min", log: true },
};

/**
 * Measured against predicted P50 for each result, with the predicted P10–P90 as a horizontal
 * bar and the identity line (on it: measured = predicted). Log axes for droplet size and flow.
 */
export function AccuracyScatterChart({ points, quantity, capped }: { points: Point[]; quantity: ScatterQuantity; capped: boolean }) {
  const label = LABELS[quantity];
  const data = points.flatMap((p) => {
    const v = p[quantity];
    return v
      ? [{ sku: p.actuatorSku, predicted: v.p50, measured: v.measured, range: [v.p50 - v.p10, v.p90 - v.p50], p10: v.p10, p90: v.p90 }]
      : [];
  });
  const values = data.flatMap((d) => [d.p10, d.p90, d.measured]).filter((v) => !label.log || v > 0);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const lo = label.log ? min / 1.2 : Math.max(0, min - 5);
  const hi = label.log ? max * 1.2 : max + 5;
  const within = data.filter((d) => d.measured >= d.p10 && d.measured <= d.p90).length;
  const summary = `${data.length} results${capped ? " (the latest)" : ""}; ${within} measured inside the predicted P10–P90.`;
  const axis = {
    type: "number" as const,
    domain: [lo, hi],
    scale: label.log ? ("log" as const) : ("linear" as const),
    allowDataOverflow: true,
    ticks: label.log ? listLogTicks(lo, hi) : undefined,
    tickFormatter: (v: number) => formatNumber(v, 2),
    fontSize: 12,
  };
  return (
    <ChartFrame title={`${label.title}: measured against predicted (${label.unit})`} summary={summary}>
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart margin={{ top: 16, right: 16, bottom: 24, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis
            dataKey="predicted"
            name="Predicted"
            {...axis}
            label={{ value: `Predicted (${label.unit})`, position: "insideBottom", offset: -12, fontSize: 12 }}
          />
          <YAxis dataKey="measured" name="Measured" {...axis} width={48} />
          <ReferenceLine
            segment={[
              { x: lo, y: lo },
              { x: hi, y: hi },
            ]}
            stroke={CHART_COLORS.target}
            strokeDasharray="4 2"
            ifOverflow="hidden"
          />
          <Tooltip
            cursor={{ strokeDasharray: "3 3" }}
            formatter={(v, name) => [`${formatNumber(Number(v))} ${label.unit}`, String(name)]}
          />
          <Scatter data={data} name={label.title} fill={CHART_COLORS.line} isAnimationActive={false}>
            <ErrorBar dataKey="range" direction="x" width={4} stroke={CHART_COLORS.marker} />
          </Scatter>
        </ScatterChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
