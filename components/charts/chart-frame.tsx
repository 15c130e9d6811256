import type { ReactNode } from "react";

type ChartFrameProps = { title: string; summary: string; children: ReactNode };

/**
 * A titled chart with a text summary for people who cannot see it. The chart itself stays in
 * the accessibility tree: Recharts makes it keyboard-focusable (arrow keys walk the tooltip),
 * and hiding a focusable element from screen readers would strand keyboard users.
 */
export function ChartFrame({ title, summary, children }: ChartFrameProps) {
  return (
    <figure className="grid gap-2 rounded-lg border border-border p-4">
      <figcaption className="text-sm font-medium">{title}</figcaption>
      <div className="h-60 w-full">{children}</div>
      <p className="sr-only">{summary}</p>
    </figure>
  );
}

export const CHART_COLORS = { line: "#4f46e5", fill: "#c7d2fe", marker: "#64748b", target: "#059669", limit: "#dc2626" } as const;
