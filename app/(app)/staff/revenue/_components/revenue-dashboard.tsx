"use client";

import { LineChart as LineChartIcon } from "lucide-react";
import dynamic from "next/dynamic";
import { useMemo, useState } from "react";
import { formatSupplier } from "@/components/billing/suppliers";
import { ChartLoading } from "@/components/charts/chart-loading";
import { useDebouncedValue } from "@/components/hooks/use-debounced-value";
import { isSameRange, validateMonthRange } from "@/components/platform/months";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { errorMessage } from "@/lib/http/client";
import { type MonthRange, type RevenueMonth, useMonthlyRevenue } from "@/lib/platform/hooks";
import { MonthRangeForm } from "./month-range-form";
import { RevenueKpis } from "./revenue-kpis";
import { RevenueTable } from "./revenue-table";

// Charts load with their own code after the page is interactive (Recharts is heavy).
const CommissionsChart = dynamic(() => import("@/components/charts/commissions-chart").then((m) => m.CommissionsChart), {
  ssr: false,
  loading: ChartLoading,
});
const MrrChart = dynamic(() => import("@/components/charts/mrr-chart").then((m) => m.MrrChart), { ssr: false, loading: ChartLoading });
const MrrMovementsChart = dynamic(() => import("@/components/charts/mrr-movements-chart").then((m) => m.MrrMovementsChart), {
  ssr: false,
  loading: ChartLoading,
});

/** Losses arrive as negated sums, so an empty month can hold -0; show it as 0. */
function withoutNegativeZero(month: RevenueMonth): RevenueMonth {
  const zeroed = (cents: number) => (cents === 0 ? 0 : cents);
  return {
    ...month,
    newCents: zeroed(month.newCents),
    expansionCents: zeroed(month.expansionCents),
    contractionCents: zeroed(month.contractionCents),
    churnedCents: zeroed(month.churnedCents),
  };
}

function hasActivity(months: RevenueMonth[]): boolean {
  return months.some(
    (m) =>
      m.mrrCents !== 0 ||
      m.newCents !== 0 ||
      m.churnedCents !== 0 ||
      m.contractionCents !== 0 ||
      m.collectedCents !== 0 ||
      m.commissionsCents !== 0,
  );
}

function RevenueSkeleton() {
  return (
    <div role="status" aria-label="Loading revenue" className="grid gap-6">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-6">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className="h-24" />
        ))}
      </div>
      <Skeleton className="h-72" />
      <span className="sr-only">Loading revenue…</span>
    </div>
  );
}

function RevenueFigures({ months }: { months: RevenueMonth[] }) {
  return (
    <>
      <RevenueKpis months={months} />
      <div className="grid gap-6 xl:grid-cols-2">
        <MrrChart months={months} />
        <MrrMovementsChart months={months} />
      </div>
      <CommissionsChart months={months} supplierLabel={formatSupplier} />
      <Card>
        <CardHeader>
          <CardTitle>Monthly figures</CardTitle>
        </CardHeader>
        <CardContent>
          <RevenueTable months={months} />
        </CardContent>
      </Card>
    </>
  );
}

type RevenueDashboardProps = { initialRange: MonthRange; initialMonths: RevenueMonth[] };

export function RevenueDashboard({ initialRange, initialMonths }: RevenueDashboardProps) {
  const [inputs, setInputs] = useState<MonthRange>(initialRange);
  const range = useDebouncedValue(inputs, 400);
  const problem = validateMonthRange(inputs);
  const valid = validateMonthRange(range) === null;
  const query = useMonthlyRevenue(range, {
    enabled: valid,
    initialData: isSameRange(range, initialRange) ? initialMonths : undefined,
  });
  const months = useMemo(() => query.data?.map(withoutNegativeZero), [query.data]);

  return (
    <div className="grid gap-6">
      <MonthRangeForm value={inputs} onChange={setInputs} onReset={() => setInputs(initialRange)} error={problem} />
      <div aria-busy={query.isFetching || undefined} className="grid gap-6">
        {query.isPending && valid ? <RevenueSkeleton /> : null}
        {query.isError ? (
          <ErrorState
            title="Could not load revenue"
            message={errorMessage(query.error)}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        ) : null}
        {months && !hasActivity(months) ? (
          <EmptyState
            icon={LineChartIcon}
            title="No revenue in this range"
            description="Subscriptions, payments and procurement commissions show up here once organizations are billed."
          />
        ) : null}
        {months && hasActivity(months) ? <RevenueFigures months={months} /> : null}
      </div>
    </div>
  );
}
