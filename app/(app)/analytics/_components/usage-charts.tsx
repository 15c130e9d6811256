"use client";

import { DailyCountChart } from "@/components/charts/daily-count-chart";
import type { UsageReport } from "@/lib/analytics/hooks";

type Metric = Exclude<keyof UsageReport["days"][number], "day">;

const METRICS: [Metric, string, string][] = [
  ["configurationsCreated", "Configurations created", "configurations"],
  ["rankingsRun", "Rankings run", "rankings"],
  ["feedbackSubmitted", "Lab results recorded", "lab results"],
  ["activeMembers", "Active members", "member-days"],
  ["apiCalls", "API calls", "calls"],
  ["exports", "Exports", "exports"],
];

/** One small bar chart per usage figure, day by day. */
export function UsageCharts({ usage }: { usage: UsageReport }) {
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-3">
      {METRICS.map(([metric, title, unit]) => (
        <DailyCountChart key={metric} title={title} unit={unit} days={usage.days.map((d) => ({ day: d.day, count: d[metric] }))} />
      ))}
    </div>
  );
}
