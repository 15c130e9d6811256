"use client";

import { CartesianGrid, LabelList, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from "recharts";
import { formatMoney } from "@/lib/billing/money";
import { formatCompactCents } from "./chart-format";
import { ChartFrame } from "./chart-frame";

type QuotePoint = { name: string; totalCents: number; leadTimeDays: number; expectedDeliveryDate: string | null; currency: string };

const COLORS: Record<string, string> = { Spencer: "#4f46e5", Coster: "#0891b2" };

/** Each supplier's total against how soon it delivers: the cheaper and the sooner, side by side. */
export function QuoteChart({ points }: { points: QuotePoint[] }) {
  const summary = points.map((p) => `${p.name}: ${formatMoney(p.totalCents, p.currency)}, delivered in ${p.leadTimeDays} days`).join("; ");
  const maxDays = Math.max(7, ...points.map((p) => p.leadTimeDays + 2));
  return (
    <ChartFrame title="Total against delivery time" summary={summary}>
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart margin={{ top: 24, right: 24, bottom: 16, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis
            type="number"
            dataKey="leadTimeDays"
            name="Delivery"
            domain={[0, maxDays]}
            allowDecimals={false}
            fontSize={12}
            label={{ value: "days until delivery", position: "insideBottom", offset: -8, fontSize: 12 }}
          />
          <YAxis
            type="number"
            dataKey="totalCents"
            name="Total"
            tickFormatter={formatCompactCents}
            fontSize={12}
            width={64}
            domain={[0, "auto"]}
          />
          <ZAxis range={[160, 160]} />
          <Tooltip
            cursor={{ strokeDasharray: "3 3" }}
            formatter={(value, name) => (name === "Total" ? formatMoney(Number(value), points[0]?.currency) : `${value} days`)}
          />
          {points.map((point) => (
            <Scatter key={point.name} name={point.name} data={[point]} fill={COLORS[point.name] ?? "#64748b"} isAnimationActive={false}>
              <LabelList dataKey="name" position="top" fontSize={12} />
            </Scatter>
          ))}
        </ScatterChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
