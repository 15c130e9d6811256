import { formatDegrees, formatLogBias, formatLogRmse } from "@/components/charts/accuracy-format";
import { formatShare } from "@/components/format/numbers";
import type { AccuracyReport } from "@/lib/analytics/hooks";

function Figure({ label, value, detail }: { label: string; value: string; detail: string }) {
  return (
    <div className="rounded-lg border border-border p-4">
      <p className="text-xs font-medium uppercase tracking-wide text-muted-foreground">{label}</p>
      <p className="mt-1 text-2xl font-semibold">{value}</p>
      <p className="mt-1 text-xs text-muted-foreground">{detail}</p>
    </div>
  );
}

/** The headline figures: how many results, and bias and spread of each quantity. */
export function AccuracySummary({ overall }: { overall: AccuracyReport["overall"] }) {
  const { droplet, cone, flow, matched } = overall;
  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-4">
      <Figure
        label="Lab results"
        value={overall.n.toLocaleString("en-US")}
        detail={`${formatShare(matched.share)} inside every predicted P10–P90`}
      />
      <Figure
        label="Droplet size (Dv50)"
        value={formatLogBias(droplet.bias)}
        detail={`measured vs predicted; typical error ${formatLogRmse(droplet.rmse)} (RMSE ${droplet.rmse?.toFixed(3) ?? "—"} log) · ${droplet.n} measured`}
      />
      <Figure
        label="Cone angle"
        value={formatDegrees(cone.bias, true)}
        detail={`RMSE ${formatDegrees(cone.rmse)} · ${formatShare(cone.coverage)} inside P10–P90 · ${cone.n} measured`}
      />
      <Figure
        label="Flow"
        value={formatLogBias(flow.bias)}
        detail={`typical error ${formatLogRmse(flow.rmse)} · ${formatShare(flow.coverage)} inside P10–P90 · ${flow.n} measured`}
      />
    </div>
  );
}
