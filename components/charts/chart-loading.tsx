/** Where a chart will be while its code loads: the chart frame's size, so nothing shifts. */
export function ChartLoading() {
  return (
    <div role="status" aria-label="Loading chart" className="h-[19.25rem] animate-pulse rounded-lg border border-border bg-muted/40" />
  );
}
