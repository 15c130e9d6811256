"use client";

import dynamic from "next/dynamic";
import { ChartLoading } from "@/components/charts/chart-loading";

import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { type ApiKeyItem, useApiKeyUsage } from "@/lib/api-keys/hooks";
import { errorMessage } from "@/lib/http/client";

// Charts load with their own code after the page is interactive (Recharts is heavy).
const ApiUsageChart = dynamic(() => import("@/components/charts/api-usage-chart").then((m) => m.ApiUsageChart), {
  ssr: false,
  loading: ChartLoading,
});

/** One key's calls per day over the last 30 days. */
export function ApiKeyUsage({ apiKey }: { apiKey: ApiKeyItem }) {
  const usage = useApiKeyUsage(apiKey.id);
  const title = `Calls per day with “${apiKey.name}” (UTC)`;
  if (usage.isPending) {
    return (
      <div className="grid gap-2" role="status">
        <p className="text-sm font-medium">{title}</p>
        <Skeleton className="h-60 w-full" />
        <span className="sr-only">Loading the usage of {apiKey.name}</span>
      </div>
    );
  }
  if (usage.isError) {
    return (
      <ErrorState
        title={`Could not load the usage of “${apiKey.name}”`}
        message={errorMessage(usage.error)}
        onRetry={() => void usage.refetch()}
        retrying={usage.isFetching}
      />
    );
  }
  return <ApiUsageChart title={title} days={usage.data.days} />;
}
