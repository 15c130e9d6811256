"use client";

import { useState } from "react";
import { AccuracyScatterChart, type ScatterQuantity } from "@/components/charts/accuracy-scatter-chart";
import { CoverageGauge } from "@/components/charts/coverage-gauge";
import { RmseTrendChart } from "@/components/charts/rmse-trend-chart";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import type { AccuracyReport } from "@/lib/analytics/hooks";

const QUANTITIES: [ScatterQuantity, string][] = [
  ["droplet", "Droplet size (Dv50)"],
  ["cone", "Cone angle"],
  ["flow", "Flow"],
];

/** The accuracy charts (Recharts, loaded with this module only when there are results to draw). */
export function AccuracyCharts({ report, bucket }: { report: AccuracyReport; bucket: string }) {
  const [quantity, setQuantity] = useState<ScatterQuantity>("droplet");
  const measured = report.points.filter((p) => p[quantity] !== null).length;
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <div className="grid min-w-0 grid-cols-1 gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="grid min-w-0 grid-cols-1 gap-2">
          <FormField id="analytics-quantity" label="Quantity" className="w-56">
            <Select id="analytics-quantity" value={quantity} onChange={(e) => setQuantity(e.target.value as ScatterQuantity)}>
              {QUANTITIES.map(([id, label]) => (
                <option key={id} value={id}>
                  {label}
                </option>
              ))}
            </Select>
          </FormField>
          {measured > 0 ? (
            <AccuracyScatterChart points={report.points} quantity={quantity} capped={report.pointsCapped} />
          ) : (
            <p className="grid h-60 place-items-center rounded-lg border border-border text-center text-sm text-muted-foreground">
              None of these results measured this quantity.
            </p>
          )}
          {report.pointsCapped ? (
            <p className="text-xs text-muted-foreground">The chart shows the latest {report.points.length} results.</p>
          ) : null}
        </div>
        <CoverageGauge coverage={report.overall.droplet.coverage} n={report.overall.droplet.n} />
      </div>
      {report.overTime.length > 1 ? <RmseTrendChart periods={report.overTime} bucket={bucket} /> : null}
    </div>
  );
}
