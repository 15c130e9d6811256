"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch, listPath } from "@/lib/http/client";
import { useKeysetList } from "@/lib/http/hooks";
import type { Serialized } from "@/lib/http/serialized";
import type { CreateWebhookEndpointInput, UpdateWebhookEndpointInput } from "./schemas";
import type { createWebhookEndpoint, listWebhookDeliveriesFor, listWebhookEndpointsFor, sendWebhookTestEvent } from "./service";

// The JSON the webhook endpoints return, typed from the service functions behind them.
type EndpointPage = Serialized<Awaited<ReturnType<typeof listWebhookEndpointsFor>>>;
export type WebhookEndpointItem = EndpointPage["items"][number];
type DeliveryPage = Serialized<Awaited<ReturnType<typeof listWebhookDeliveriesFor>>>;
export type WebhookDeliveryItem = DeliveryPage["items"][number];
export type CreatedWebhookEndpoint = Serialized<Awaited<ReturnType<typeof createWebhookEndpoint>>>;
type QueuedDelivery = Serialized<Awaited<ReturnType<typeof sendWebhookTestEvent>>>;

const PAGE_SIZE = 25;
const POLL_MS = 1500;

const webhookKeys = {
  all: ["webhooks"] as const,
  list: ["webhooks", "list"] as const,
  deliveries: (id: string) => ["webhooks", "deliveries", id] as const,
};

const endpointPath = (id: string, rest = "") => `/api/webhooks/${encodeURIComponent(id)}${rest}`;

export function useWebhookEndpoints() {
  return useKeysetList<EndpointPage>({ queryKey: webhookKeys.list, path: (cursor) => listPath("/api/webhooks", {}, cursor, PAGE_SIZE) });
}

/** The delivery log, polled while a delivery is still on its way. */
export function useWebhookDeliveries(id: string) {
  return useKeysetList<DeliveryPage>({
    queryKey: webhookKeys.deliveries(id),
    path: (cursor) => listPath(endpointPath(id, "/deliveries"), {}, cursor, PAGE_SIZE),
    refetchInterval: (pages) => (pages.some((page) => page.items.some((d) => d.status === "pending")) ? POLL_MS : false),
  });
}

function useWebhookMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookKeys.all }) });
}

export function useCreateWebhookEndpoint() {
  return useWebhookMutation((input: CreateWebhookEndpointInput) =>
    apiFetch<CreatedWebhookEndpoint>("/api/webhooks", { method: "POST", body: input }),
  );
}

export function useUpdateWebhookEndpoint() {
  return useWebhookMutation(({ id, input }: { id: string; input: UpdateWebhookEndpointInput }) =>
    apiFetch<WebhookEndpointItem>(endpointPath(id), { method: "PUT", body: input }),
  );
}

export function useDeleteWebhookEndpoint() {
  return useWebhookMutation((id: string) => apiFetch<null>(endpointPath(id), { method: "DELETE" }));
}

export function useRotateWebhookSecret() {
  return useWebhookMutation((id: string) =>
    apiFetch<CreatedWebhookEndpoint>(endpointPath(id, "/rotate-secret"), { method: "POST", body: { overlapHours: 24 } }),
  );
}

export function useSendWebhookTestEvent() {
  return useWebhookMutation((id: string) => apiFetch<QueuedDelivery>(endpointPath(id, "/test"), { method: "POST" }));
}

export function useRedeliverWebhook() {
  return useWebhookMutation(({ id, deliveryId }: { id: string; deliveryId: string }) =>
    apiFetch<QueuedDelivery>(endpointPath(id, `/deliveries/${encodeURIComponent(deliveryId)}/redeliver`), { method: "POST" }),
  );
}
