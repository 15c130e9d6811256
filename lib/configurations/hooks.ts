"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiFetch, listPath } from "@/lib/http/client";
import { useKeysetList } from "@/lib/http/hooks";
import type { Serialized } from "@/lib/http/serialized";
import type { predictForInput } from "./predict";
import type { listConfigurations } from "./queries";
import type { listConfigurationVersions } from "./restore";
import type {
  ConfigurationSort,
  ConfigurationStatus,
  CreateConfigurationInput,
  predictRequestSchema,
  ShareConfigurationInput,
  UpdateConfigurationInput,
} from "./schemas";
import type { ConfigurationForActor } from "./service";
import type { listConfigurationShares, shareConfiguration } from "./sharing";

// The JSON the configuration API returns, typed from the server functions that build it.
export type ConfigurationPage = Serialized<Awaited<ReturnType<typeof listConfigurations>>>;
/** A configuration in a list: the ranked actuators only as their count. */
export type ConfigurationSummary = ConfigurationPage["items"][number];
/** One configuration with what the signed-in member may do with it (the server's access rule). */
export type Configuration = Serialized<ConfigurationForActor>;
export type ConfigurationVersion = Serialized<Awaited<ReturnType<typeof listConfigurationVersions>>>[number];
export type ConfigurationShareRow = Serialized<Awaited<ReturnType<typeof listConfigurationShares>>>[number];
export type PredictRequestBody = z.input<typeof predictRequestSchema>;
export type PredictResponse = Serialized<Awaited<ReturnType<typeof predictForInput>>>;
/** A ranked actuator with the supplier's price and stock, as predict and stored results carry it. */
export type RankedActuatorResult = PredictResponse["ranked"][number];

export type ConfigurationFilters = { q: string; tag: string; status: ConfigurationStatus | ""; archived: boolean; sort: ConfigurationSort };

export const EMPTY_CONFIGURATION_FILTERS: ConfigurationFilters = { q: "", tag: "", status: "", archived: false, sort: "newest" };

const CONFIGURATIONS_PAGE_SIZE = 25;

const configurationKeys = {
  all: ["configurations"] as const,
  list: (filters: ConfigurationFilters) => ["configurations", "list", filters] as const,
  detail: (id: string) => ["configurations", "detail", id] as const,
  versions: (id: string) => ["configurations", "versions", id] as const,
  shares: (id: string) => ["configurations", "shares", id] as const,
  predict: (body: PredictRequestBody | null) => ["configurations", "predict", body] as const,
};

function configurationsPath({ q, tag, status, archived, sort }: ConfigurationFilters, cursor: string | null): string {
  const filters = { q, tag, status, archived: String(archived), sort: sort === "newest" ? "" : sort };
  return listPath("/api/configurations", filters, cursor, CONFIGURATIONS_PAGE_SIZE);
}

const byId = (id: string) => `/api/configurations/${encodeURIComponent(id)}`;

export function useConfigurations(filters: ConfigurationFilters) {
  return useKeysetList<ConfigurationPage>({
    queryKey: configurationKeys.list(filters),
    path: (cursor) => configurationsPath(filters, cursor),
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
    return queryClient.invalidateQueries({
      queryKey: configurationKeys.all,
      predicate: (q) => q.queryKey[1] !== "predict" && q.queryKey[1] !== "detail",
    });
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

export function useConfigurationShares(id: string, enabled = true) {
  return useQuery({
    queryKey: configurationKeys.shares(id),
    enabled,
    queryFn: ({ signal }) => apiFetch<{ shares: ConfigurationShareRow[] }>(`${byId(id)}/shares`, { signal }).then((r) => r.shares),
  });
}

export function useShareConfiguration(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ShareConfigurationInput) =>
      apiFetch<Serialized<Awaited<ReturnType<typeof shareConfiguration>>>>(`${byId(id)}/share`, { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: configurationKeys.shares(id) }),
  });
}

export function useUnshareConfiguration(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => apiFetch<null>(`${byId(id)}/shares/${encodeURIComponent(userId)}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: configurationKeys.shares(id) }),
  });
}
