"use client";

import { BarChart3 } from "lucide-react";
import dynamic from "next/dynamic";
import Link from "next/link";
import type { ReactNode } from "react";
import { useDebouncedValue } from "@/components/hooks/use-debounced-value";
import { useUrlFilters } from "@/components/hooks/use-url-filters";
import { CalibrationCard } from "@/components/ml/calibration-card";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { type AccuracyReport, type AnalyticsFilters as Filters, useAccuracy, useTopConfigurations, useUsage } from "@/lib/analytics/hooks";
import { errorMessage } from "@/lib/http/client";
import { AccuracyBreakdown } from "./accuracy-breakdown";
import { AccuracySummary } from "./accuracy-summary";
import { AnalyticsFilters } from "./analytics-filters";
import { CustomModelsCard } from "./custom-models-card";
import { TopLists } from "./top-lists";

// Recharts is large: the charts load in their own chunk, after the figures.
const ChartSkeleton = () => <Skeleton className="h-72" />;
const AccuracyCharts = dynamic(() => import("./accuracy-charts").then((m) => m.AccuracyCharts), { ssr: false, loading: ChartSkeleton });
const UsageCharts = dynamic(() => import("./usage-charts").then((m) => m.UsageCharts), { ssr: false, loading: ChartSkeleton });

const NO_FILTERS: Filters = { from: "", to: "", sku: "", sprayType: "", fluidClass: "", bucket: "month" };

function problemOf(f: Filters): string | null {
  return f.from && f.to && f.from > f.to ? "The start date must not be after the end date." : null;
}

function Loading({ label }: { label: string }) {
  return (
    <div role="status" aria-label={label} className="grid gap-4">
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} className="h-24" />
        ))}
      </div>
      <Skeleton className="h-72" />
      <span className="sr-only">{label}…</span>
    </div>
  );
}

function AccuracyBody({ report, filtered, bucket }: { report: AccuracyReport; filtered: boolean; bucket: string }) {
  if (report.overall.n === 0) {
    return filtered ? (
      <EmptyState icon={BarChart3} title="No lab results match" description="Try a wider date range or clear a filter." />
    ) : (
      <EmptyState
        icon={BarChart3}
        title="No lab results yet"
        description="Accuracy shows once your team records what the lab measured: open a configuration, then Lab results → Record a result, for the actuator you tested."
        action={
          <Button asChild variant="outline">
            <Link href="/configurations">Go to configurations</Link>
          </Button>
        }
      />
    );
  }
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <AccuracySummary overall={report.overall} />
      <AccuracyCharts report={report} bucket={bucket} />
      <AccuracyBreakdown report={report} />
    </div>
  );
}

function Section({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent className="grid min-w-0 grid-cols-1 gap-4">{children}</CardContent>
    </Card>
  );
}

export function AnalyticsDashboard({ canCalibrate }: { canCalibrate: boolean }) {
  const [inputs, setInputs] = useUrlFilters<Filters>(NO_FILTERS);
  const filters = useDebouncedValue(inputs, 300);
  const problem = problemOf(inputs);
  const valid = problemOf(filters) === null;
  const accuracy = useAccuracy(valid ? filters : NO_FILTERS);
  const range = { from: valid ? filters.from : "", to: valid ? filters.to : "" };
  const usage = useUsage(range);
  const top = useTopConfigurations(range);
  const filtered = filters.from !== "" || filters.to !== "" || filters.sku !== "" || filters.sprayType !== "" || filters.fluidClass !== "";

  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <AnalyticsFilters
        value={inputs}
        onChange={setInputs}
        onReset={() => setInputs(NO_FILTERS)}
        skus={accuracy.data?.bySku.flatMap((g) => (g.key ? [g.key] : [])) ?? []}
        error={problem}
      />
      <Section
        title="Prediction accuracy"
        description="Each lab result against the prediction in force when it was recorded, at the tested pressure (calibrated once a calibration exists). Bias and error are in log space for droplet size and flow, in degrees for cone; 80 % of measurements should fall inside the predicted P10–P90."
      >
        <div aria-busy={accuracy.isFetching || undefined} className="grid min-w-0 grid-cols-1 gap-4">
          {accuracy.isPending ? <Loading label="Loading accuracy" /> : null}
          {accuracy.isError ? (
            <ErrorState
              title="Could not load accuracy"
              message={errorMessage(accuracy.error)}
              onRetry={() => void accuracy.refetch()}
              retrying={accuracy.isFetching}
            />
          ) : null}
          {accuracy.data ? <AccuracyBody report={accuracy.data} filtered={filtered} bucket={filters.bucket} /> : null}
        </div>
      </Section>
      <CalibrationCard canRecalibrate={canCalibrate} />
      <CustomModelsCard canTrain={canCalibrate} />
      <Section
        title="Usage"
        description={
          usage.data
            ? `Per day from ${usage.data.from} to ${usage.data.to} (UTC). Rankings count the engine runs saved with a configuration; unsaved predictions are not recorded.`
            : "Per day (UTC)."
        }
      >
        <div aria-busy={usage.isFetching || undefined} className="grid min-w-0 grid-cols-1 gap-4">
          {usage.isPending ? <Skeleton className="h-60" /> : null}
          {usage.isError ? (
            <ErrorState
              title="Could not load usage"
              message={errorMessage(usage.error)}
              onRetry={() => void usage.refetch()}
              retrying={usage.isFetching}
            />
          ) : null}
          {usage.data ? (
            <>
              <p className="text-sm text-muted-foreground">
                {usage.data.totals.activeMembers} active {usage.data.totals.activeMembers === 1 ? "member" : "members"} ·{" "}
                {usage.data.totals.feedbackSubmitted} lab results for {usage.data.totals.configurationsCreated} new configurations
              </p>
              <UsageCharts usage={usage.data} />
            </>
          ) : null}
        </div>
      </Section>
      <Section
        title="Most used"
        description="SKUs and fluids across your configurations, lab results and orders (placed orders, not carts)."
      >
        <div aria-busy={top.isFetching || undefined} className="grid min-w-0 grid-cols-1 gap-4">
          {top.isPending ? <Skeleton className="h-40" /> : null}
          {top.isError ? (
            <ErrorState
              title="Could not load the most used SKUs"
              message={errorMessage(top.error)}
              onRetry={() => void top.refetch()}
              retrying={top.isFetching}
            />
          ) : null}
          {top.data ? <TopLists top={top.data} /> : null}
        </div>
      </Section>
    </div>
  );
}
