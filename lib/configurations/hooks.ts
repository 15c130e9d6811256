"use client";

import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/http/client";
import type { RankResult } from "@/lib/prediction/rank";
import type { RankedActuator } from "@/lib/prediction/ranked-actuator";
import type { ConfigurationAccess, SharePermission } from "./access";
import type { CONFIGURATION_STATUSES, ConfigurationSort, CreateConfigurationInput, UpdateConfigurationInput } from "./schemas";

export type ConfigurationStatus = (typeof CONFIGURATION_STATUSES)[number];

/** A ranked actuator with the supplier's price and stock, as predict and stored results carry it. */
export type RankedActuatorResult = RankedActuator & { priceUsd?: string | null; stockUnits?: number; leadDays?: number | null };

export type ConfigurationFluid = {
  fluidId: string | null;
  viscosityCp: number;
  densityKgM3: number;
  surfaceTensionMNm: number;
  flashPointC: number | null;
};

export type ConfigurationTargets = { coneDeg: number | null; dropletUm: number | null; maxPressureBar: number | null; flowMlMin: number | null };

type ConfigurationBase = {
  id: string;
  name: string;
  description: string | null;
  status: ConfigurationStatus;
  tags: string[];
  fluid: ConfigurationFluid;
  targets: ConfigurationTargets;
  modelVersion: string | null;
  version: number;
  createdByUserId: string;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
};

/** A configuration as the JSON API returns it (dates as ISO strings). */
export type ConfigurationSummary = ConfigurationBase & { actuatorCount: number };
/** One configuration with what the signed-in member may do with it (the server's access rule). */
export type Configuration = ConfigurationBase & { compatibleActuators: RankedActuatorResult[]; access: ConfigurationAccess };

export type ConfigurationPage = { items: ConfigurationSummary[]; nextCursor: string | null };

export type ConfigurationVersion = {
  version: number;
  changes: Record<string, unknown>;
  createdAt: string;
  changedBy: { id: string; name: string } | null;
};

export type PredictRequestBody = {
  fluid: { viscosityCp: number; densityKgM3: number; surfaceTensionMNm: number; flashPointC?: number | null };
  targets: { flowMlMin?: number | null; dropletUm?: number | null; coneDeg?: number | null; maxPressureBar?: number | null };
  topN?: number;
};

export type PredictResponse = Omit<RankResult, "ranked"> & { ranked: RankedActuatorResult[] };

export type ConfigurationFilters = { q: string; tag: string; status: ConfigurationStatus | ""; archived: boolean; sort: ConfigurationSort };

export const EMPTY_CONFIGURATION_FILTERS: ConfigurationFilters = { q: "", tag: "", status: "", archived: false, sort: "newest" };

export const CONFIGURATIONS_PAGE_SIZE = 25;

export const configurationKeys = {
  all: ["configurations"] as const,
  list: (filters: ConfigurationFilters) => ["configurations", "list", filters] as const,
  detail: (id: string) => ["configurations", "detail", id] as const,
  versions: (id: string) => ["configurations", "versions", id] as const,
  predict: (body: PredictRequestBody | null) => ["configurations", "predict", body] as const,
};

/** Empty filters are left out: the API treats a present-but-empty value as invalid. */
export function configurationsPath(filters: ConfigurationFilters, cursor: string | null): string {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set("q", filters.q.trim());
  if (filters.tag.trim()) params.set("tag", filters.tag.trim());
  if (filters.status) params.set("status", filters.status);
  params.set("archived", String(filters.archived));
  if (filters.sort !== "newest") params.set("sort", filters.sort);
  if (cursor) params.set("cursor", cursor);
  params.set("limit", String(CONFIGURATIONS_PAGE_SIZE));
  return `/api/configurations?${params.toString()}`;
}

const byId = (id: string) => `/api/configurations/${encodeURIComponent(id)}`;

export function useConfigurations(filters: ConfigurationFilters) {
  return useInfiniteQuery({
    queryKey: configurationKeys.list(filters),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => apiFetch<ConfigurationPage>(configurationsPath(filters, pageParam), { signal }),
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function useConfiguration(id: string) {
  return useQuery({
    queryKey: configurationKeys.detail(id),
    queryFn: ({ signal }) => apiFetch<Configuration>(byId(id), { signal }),
  });
}

export function useConfigurationVersions(id: string) {
  return useQuery({
    queryKey: configurationKeys.versions(id),
    queryFn: ({ signal }) => apiFetch<{ versions: ConfigurationVersion[] }>(`${byId(id)}/versions`, { signal }).then((r) => r.versions),
  });
}

/** Ranks the catalog for unsaved inputs; keeps the last results on screen while the next load. */
export function usePrediction(body: PredictRequestBody | null) {
  return useQuery({
    queryKey: configurationKeys.predict(body),
    enabled: body !== null,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) => apiFetch<PredictResponse>("/api/configurations/predict", { method: "POST", body, signal }),
  });
}

/** After a write the lists, the detail and the history may all have changed. */
function useStoreConfiguration() {
  const queryClient = useQueryClient();
  return (configuration: Configuration | null) => {
    if (configuration) queryClient.setQueryData(configurationKeys.detail(configuration.id), configuration);
    return queryClient.invalidateQueries({ queryKey: configurationKeys.all, predicate: (q) => q.queryKey[1] !== "predict" && q.queryKey[1] !== "detail" });
  };
}

export function useCreateConfiguration() {
  const store = useStoreConfiguration();
  return useMutation({
    mutationFn: (input: CreateConfigurationInput) => apiFetch<Configuration>("/api/configurations", { method: "POST", body: input }),
    onSuccess: store,
  });
}

export function useUpdateConfiguration(id: string) {
  const store = useStoreConfiguration();
  return useMutation({
    mutationFn: (input: UpdateConfigurationInput) => apiFetch<Configuration>(byId(id), { method: "PUT", body: input }),
    onSuccess: store,
  });
}

export function useArchiveConfiguration(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<null>(byId(id), { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: configurationKeys.all }),
  });
}

export function useUnarchiveConfiguration(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<Configuration>(`${byId(id)}/unarchive`, { method: "POST", body: {} }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: configurationKeys.all }),
  });
}

export function useDuplicateConfiguration(id: string) {
  const store = useStoreConfiguration();
  return useMutation({
    mutationFn: () => apiFetch<Configuration>(`${byId(id)}/duplicate`, { method: "POST", body: {} }),
    onSuccess: store,
  });
}

export function useRestoreVersion(id: string) {
  const store = useStoreConfiguration();
  return useMutation({
    mutationFn: (version: number) => apiFetch<Configuration>(`${byId(id)}/versions/${version}/restore`, { method: "POST", body: {} }),
    onSuccess: store,
  });
}

export type ConfigurationShareRow = { userId: string; name: string; email: string; permission: SharePermission; sharedAt: string };

const sharesKey = (id: string) => ["configurations", id, "shares"] as const;

export function useConfigurationShares(id: string, enabled = true) {
  return useQuery({
    queryKey: sharesKey(id),
    enabled,
    queryFn: ({ signal }) => apiFetch<{ shares: ConfigurationShareRow[] }>(`${byId(id)}/shares`, { signal }).then((r) => r.shares),
  });
}

export function useShareConfiguration(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { userId: string; permission: SharePermission }) => apiFetch<unknown>(`${byId(id)}/share`, { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sharesKey(id) }),
  });
}

export function useUnshareConfiguration(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => apiFetch<null>(`${byId(id)}/shares/${encodeURIComponent(userId)}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sharesKey(id) }),
  });
}
