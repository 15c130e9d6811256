"use client";

import { Gauge, RefreshCw } from "lucide-react";
import { toast } from "sonner";
import { formatNumber, formatShare } from "@/components/format/numbers";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { errorMessage } from "@/lib/http/client";
import { type CalibrationOverviewResponse, useCalibration, useRecalibrate } from "@/lib/ml/hooks";

type Metrics = NonNullable<CalibrationOverviewResponse["current"]>["metrics"];
type QuantityMetrics = Metrics["droplet"];

const ROWS = [
  { key: "droplet", label: "Dv50", unit: "log" },
  { key: "flow", label: "Flow", unit: "log" },
  { key: "cone", label: "Cone angle", unit: "deg" },
] as const;

function beforeAfter(before: string, after: string) {
  return (
    <>
      {before} <span aria-hidden="true">→</span>
      <span className="sr-only">after calibration</span> <strong className="font-medium">{after}</strong>
    </>
  );
}

function MetricsTable({ metrics }: { metrics: Metrics }) {
  const rows = ROWS.filter((r) => metrics[r.key].n > 0);
  if (rows.length === 0)
    return <p className="text-sm text-muted-foreground">None of the results measured droplet size, flow or cone angle.</p>;
  const rmse = (m: QuantityMetrics, digits: number) => beforeAfter(formatNumber(m.rmseBefore, digits), formatNumber(m.rmseAfter, digits));
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" aria-label="Accuracy before and after calibration">
        <thead className="text-left text-muted-foreground">
          <tr>
            <th className="py-1 pr-3 font-normal">Quantity</th>
            <th className="py-1 pr-3 font-normal">Results</th>
            <th className="py-1 pr-3 font-normal">RMSE</th>
            <th className="py-1 font-normal">Inside P10–P90</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const m = metrics[r.key];
            return (
              <tr key={r.key} className="border-t border-border">
                <th scope="row" className="py-1 pr-3 text-left font-medium">
                  {r.label}
                </th>
                <td className="py-1 pr-3">{m.n}</td>
                <td className="py-1 pr-3">
                  {rmse(m, 2)} <span className="text-muted-foreground">{r.unit}</span>
                </td>
                <td className="py-1">{beforeAfter(formatShare(m.coverageBefore), formatShare(m.coverageAfter))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The organization's current calibration and its accuracy before and after, measured out of
 * sample; recalibrate now for those who record results.
 */
export function CalibrationCard({ canRecalibrate }: { canRecalibrate: boolean }) {
  const query = useCalibration();
  const recalibrate = useRecalibrate();
  const run = async () => {
    try {
      const made = await recalibrate.mutateAsync();
      toast.success(`Calibration ${made.version} ready`, { description: `From ${made.pointCount} lab results` });
    } catch (error) {
      toast.error("Could not recalibrate", { description: errorMessage(error) });
    }
  };
  const button = canRecalibrate ? (
    <Button variant="outline" size="sm" loading={recalibrate.isPending} onClick={() => void run()}>
      {recalibrate.isPending ? null : <RefreshCw aria-hidden="true" />}
      Recalibrate now
    </Button>
  ) : null;
  const current = query.data?.current;
  return (
    <Card>
      <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-3">
        <div>
          <CardTitle>Calibration</CardTitle>
          <CardDescription>Predictions corrected by your organization's lab results, per SKU and fluid class.</CardDescription>
        </div>
        {current ? button : null}
      </CardHeader>
      <CardContent className="grid gap-3">
        {query.isPending ? <Skeleton className="h-24" role="status" aria-label="Loading calibration" /> : null}
        {query.isError ? (
          <ErrorState
            title="Could not load the calibration"
            message={errorMessage(query.error)}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        ) : null}
        {query.data && !current ? (
          <EmptyState
            icon={Gauge}
            title="Not calibrated yet"
            description="Record lab results: predictions are recalibrated a minute after new results, or now."
            action={button}
          />
        ) : null}
        {current ? (
          <>
            <p className="text-sm">
              Version {current.version} · {current.pointCount} lab results · {current.skuCount} SKUs ·{" "}
              {new Date(current.createdAt).toLocaleString()}
            </p>
            <MetricsTable metrics={current.metrics} />
            <p className="text-xs text-muted-foreground">
              Out of sample: each result is predicted by a calibration fitted without it ({current.metrics.folds}-fold). RMSE in log space
              for Dv50 and flow (0.1 ≈ 10 %), degrees for cone angle; a well-calibrated interval holds 80 % of results.
            </p>
          </>
        ) : null}
        {recalibrate.isError ? <p className="text-sm text-red-700">Could not recalibrate: {errorMessage(recalibrate.error)}</p> : null}
      </CardContent>
    </Card>
  );
}
