"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/http/client";
import type { Serialized } from "@/lib/http/serialized";
import type { getAccuracyReport } from "./accuracy";
import type { getTopConfigurations } from "./top-configurations";
import type { getUsageReport } from "./usage";

// The JSON the analytics endpoints return, typed from the functions that build it.
export type AccuracyReport = Serialized<Awaited<ReturnType<typeof getAccuracyReport>>>;
export type AccuracyBreakdownRow = AccuracyReport["bySku"][number];
export type UsageReport = Serialized<Awaited<ReturnType<typeof getUsageReport>>>;
export type TopConfigurations = Serialized<Awaited<ReturnType<typeof getTopConfigurations>>>;

/** The dashboard's filters as the URL keeps them ("" = not filtered). */
export type AnalyticsFilters = { from: string; to: string; sku: string; sprayType: string; fluidClass: string; bucket: string };

function search(params: Record<string, string>): string {
  const kept = Object.entries(params).filter(([, v]) => v !== "");
  return kept.length === 0 ? "" : `?${new URLSearchParams(kept).toString()}`;
}

export function useAccuracy(filters: AnalyticsFilters) {
  return useQuery({
    queryKey: ["analytics", "accuracy", filters],
    queryFn: ({ signal }) => apiFetch<AccuracyReport>(`/api/analytics/accuracy${search(filters)}`, { signal }),
    placeholderData: (previous) => previous,
  });
}

export function useUsage(range: { from: string; to: string }) {
  return useQuery({
    queryKey: ["analytics", "usage", range],
    queryFn: ({ signal }) => apiFetch<UsageReport>(`/api/analytics/usage${search(range)}`, { signal }),
    placeholderData: (previous) => previous,
  });
}

export function useTopConfigurations(range: { from: string; to: string }) {
  return useQuery({
    queryKey: ["analytics", "top-configurations", range],
    queryFn: ({ signal }) => apiFetch<TopConfigurations>(`/api/analytics/top-configurations${search(range)}`, { signal }),
    placeholderData: (previous) => previous,
  });
}
