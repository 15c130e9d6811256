"use client";

import { Cell, Pie, PieChart, ResponsiveContainer } from "recharts";
import { formatShare } from "@/components/format/numbers";
import { CHART_COLORS } from "./chart-frame";

const TARGET = 0.8;

/** Share of measurements inside the predicted P10–P90, as a half dial; 80 % when the uncertainty is honest. */
export function CoverageGauge({ coverage, n }: { coverage: number | null; n: number }) {
  const value = coverage ?? 0;
  const verdict =
    coverage === null
      ? "No measurement yet"
      : Math.abs(value - TARGET) <= 0.05
        ? "About as expected"
        : value < TARGET
          ? "Intervals too narrow"
          : "Intervals too wide";
  return (
    <figure className="grid gap-1 rounded-lg border border-border p-4">
      <figcaption className="text-sm font-medium">Inside P10–P90 (droplet size)</figcaption>
      <div className="relative h-28 w-full" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <PieChart>
            <Pie
              data={[{ v: value }, { v: 1 - value }]}
              dataKey="v"
              startAngle={180}
              endAngle={0}
              cy="90%"
              innerRadius="110%"
              outerRadius="150%"
              isAnimationActive={false}
              stroke="none"
            >
              <Cell fill={CHART_COLORS.line} />
              <Cell fill="#e2e8f0" />
            </Pie>
          </PieChart>
        </ResponsiveContainer>
        <p className="absolute inset-x-0 bottom-0 text-center text-2xl font-semibold">{formatShare(coverage)}</p>
      </div>
      <p className="text-center text-xs text-muted-foreground">
        {verdict} · target 80 % · {n} {n === 1 ? "result" : "results"}
      </p>
      <p className="sr-only">{`${formatShare(coverage)} of ${n} droplet measurements inside the predicted P10–P90; the target is 80 %.`}</p>
    </figure>
  );
}
