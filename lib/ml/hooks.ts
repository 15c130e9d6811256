"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/http/client";
import type { Serialized } from "@/lib/http/serialized";
import type { getCalibrationOverview, recalibrateNow } from "./calibration-service";
import type { ModelType } from "./custom-models/model-types";
import type { listCustomModels } from "./custom-models/service";
import type { CreateServiceTokenInput } from "./schemas";
import type { createServiceToken, listServiceTokens } from "./service-tokens";

// The JSON the calibration API returns, typed from the server functions that build it.
export type CalibrationOverviewResponse = Serialized<Awaited<ReturnType<typeof getCalibrationOverview>>>;
type CalibrationVersion = Serialized<Awaited<ReturnType<typeof recalibrateNow>>>;

const calibrationKey = ["ml", "calibration"] as const;

export function useCalibration(enabled = true) {
  return useQuery({
    queryKey: calibrationKey,
    queryFn: ({ signal }) => apiFetch<CalibrationOverviewResponse>("/api/ml/calibration", { signal }),
    enabled,
  });
}

/** Recalibrate now; stored rankings then show whether they predate it. */
export function useRecalibrate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<CalibrationVersion>("/api/ml/calibration", { method: "POST" }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: calibrationKey }),
        queryClient.invalidateQueries({ queryKey: ["configurations", "detail"] }),
      ]),
  });
}

// Staff: the service tokens of AeroSpec's own services (/api/admin/service-tokens).
export type ServiceTokenItem = Serialized<Awaited<ReturnType<typeof listServiceTokens>>>["items"][number];
export type CreatedServiceToken = Serialized<Awaited<ReturnType<typeof createServiceToken>>>;

const serviceTokensKey = ["staff", "service-tokens"] as const;

export function useServiceTokens(initial: ServiceTokenItem[]) {
  return useQuery({
    queryKey: serviceTokensKey,
    initialData: initial,
    queryFn: ({ signal }) => apiFetch<{ items: ServiceTokenItem[] }>("/api/admin/service-tokens", { signal }).then((r) => r.items),
  });
}

export function useCreateServiceToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateServiceTokenInput) =>
      apiFetch<CreatedServiceToken>("/api/admin/service-tokens", { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: serviceTokensKey }),
  });
}

export function useRevokeServiceToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<null>(`/api/admin/service-tokens/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: serviceTokensKey }),
  });
}

// Custom models (Enterprise): the list polls while one trains.
export type CustomModelList = Serialized<Awaited<ReturnType<typeof listCustomModels>>>;
export type CustomModelItem = CustomModelList["models"][number];

const customModelsKey = ["ml", "custom-models"] as const;
const POLL_MS = 2000;

export function useCustomModels() {
  return useQuery({
    queryKey: customModelsKey,
    queryFn: ({ signal }) => apiFetch<CustomModelList>("/api/ml/custom-models", { signal }),
    refetchInterval: (query) => (query.state.data?.models.some((m) => m.status === "training") ? POLL_MS : false),
  });
}

export function useTrainCustomModel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; model_type: ModelType }) =>
      apiFetch<{ model_id: string; status: "training"; eta: string }>("/api/ml/custom-models/train", { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: customModelsKey }),
  });
}

export function useActivateCustomModel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<CustomModelItem>(`/api/ml/custom-models/${encodeURIComponent(id)}/activate`, { method: "POST" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: customModelsKey }),
  });
}
