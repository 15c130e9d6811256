"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/http/client";
import type { Serialized } from "@/lib/http/serialized";
import type { CreateFeedbackInput, UpdateFeedbackInput } from "./schemas";
import type { ConfigurationFeedback } from "./service";

// The JSON the feedback API returns, typed from the server functions that build it.
export type ConfigurationFeedbackResponse = Serialized<ConfigurationFeedback>;
/** One lab result: measured beside predicted, with what the signed-in member may do with it. */
export type FeedbackItem = ConfigurationFeedbackResponse["items"][number];

const feedbackKey = (configurationId: string) => ["feedback", "configuration", configurationId] as const;

export function useConfigurationFeedback(configurationId: string) {
  return useQuery({
    queryKey: feedbackKey(configurationId),
    queryFn: ({ signal }) =>
      apiFetch<ConfigurationFeedbackResponse>(`/api/configurations/${encodeURIComponent(configurationId)}/feedback`, { signal }),
  });
}

function useRefresh(configurationId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: feedbackKey(configurationId) });
}

export function useCreateFeedback(configurationId: string) {
  const refresh = useRefresh(configurationId);
  return useMutation({
    mutationFn: (input: CreateFeedbackInput) => apiFetch<FeedbackItem>("/api/feedback", { method: "POST", body: input }),
    onSuccess: refresh,
  });
}

export function useUpdateFeedback(configurationId: string) {
  const refresh = useRefresh(configurationId);
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateFeedbackInput }) =>
      apiFetch<FeedbackItem>(`/api/feedback/${encodeURIComponent(id)}`, { method: "PUT", body: input }),
    onSuccess: refresh,
  });
}

export function useDeleteFeedback(configurationId: string) {
  const refresh = useRefresh(configurationId);
  return useMutation({
    mutationFn: (id: string) => apiFetch<null>(`/api/feedback/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: refresh,
  });
}
