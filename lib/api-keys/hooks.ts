"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch, listPath } from "@/lib/http/client";
import { useKeysetList } from "@/lib/http/hooks";
import type { Serialized } from "@/lib/http/serialized";
import type { CreateApiKeyInput } from "./schemas";
import type { createApiKey, getApiKeyUsage, listApiKeysFor } from "./service";

// The JSON the API keys endpoints return, typed from the service functions behind them.
type ApiKeyPage = Serialized<Awaited<ReturnType<typeof listApiKeysFor>>>;
export type ApiKeyItem = ApiKeyPage["items"][number];
export type CreatedApiKey = Serialized<Awaited<ReturnType<typeof createApiKey>>>;
export type ApiKeyUsage = Serialized<Awaited<ReturnType<typeof getApiKeyUsage>>>;

const PAGE_SIZE = 25;
const USAGE_DAYS = 30;

const apiKeyKeys = {
  list: ["api-keys", "list"] as const,
  usage: (id: string) => ["api-keys", "usage", id] as const,
};

export function useApiKeys() {
  return useKeysetList<ApiKeyPage>({ queryKey: apiKeyKeys.list, path: (cursor) => listPath("/api/api-keys", {}, cursor, PAGE_SIZE) });
}

export function useApiKeyUsage(id: string) {
  return useQuery({
    queryKey: apiKeyKeys.usage(id),
    queryFn: ({ signal }) => apiFetch<ApiKeyUsage>(`/api/api-keys/${encodeURIComponent(id)}/usage?days=${USAGE_DAYS}`, { signal }),
  });
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateApiKeyInput) => apiFetch<CreatedApiKey>("/api/api-keys", { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeyKeys.list }),
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<null>(`/api/api-keys/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeyKeys.list }),
  });
}
