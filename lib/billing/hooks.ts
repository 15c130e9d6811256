"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiFetch, listPath } from "@/lib/http/client";
import { useKeysetList } from "@/lib/http/hooks";
import type { Serialized } from "@/lib/http/serialized";
import type { CreditBalance } from "./credit";
import type { PlanId } from "./plans";
import type { getSubscriptionOverview, listInvoices } from "./queries";
import type { checkoutSessionSchema, redirectUrlSchema } from "./response-schemas";

// The JSON the billing API returns, typed from the server functions that build it.
export type SubscriptionOverview = Serialized<Awaited<ReturnType<typeof getSubscriptionOverview>>>;
type InvoicePage = Serialized<Awaited<ReturnType<typeof listInvoices>>>;
export type InvoiceSummary = InvoicePage["items"][number];

const INVOICES_PAGE_SIZE = 20;
/** How often the billing page asks for the subscription while a payment is being confirmed. */
export const CONFIRM_POLL_MS = 1_000;

const billingKeys = {
  all: ["billing"] as const,
  subscription: ["billing", "subscription"] as const,
  invoices: ["billing", "invoices"] as const,
  credit: ["billing", "credit"] as const,
};

/** The account's credit (or debit) at Stripe; admins only. */
export function useCreditBalance(enabled = true) {
  return useQuery({
    queryKey: billingKeys.credit,
    enabled,
    queryFn: ({ signal }) => apiFetch<CreditBalance>("/api/billing/credit", { signal }),
  });
}

/** A live subscription can change plan or be canceled; otherwise the tenant subscribes afresh. */
export function hasLiveSubscription(overview: SubscriptionOverview): boolean {
  return overview.subscription !== null && overview.subscription.status !== "canceled";
}

type SubscriptionOptions = { initialData?: SubscriptionOverview; refetchInterval?: number | false };

export function useSubscription({ initialData, refetchInterval = false }: SubscriptionOptions = {}) {
  return useQuery({
    queryKey: billingKeys.subscription,
    queryFn: ({ signal }) => apiFetch<SubscriptionOverview>("/api/billing/subscription", { signal }),
    initialData,
    refetchInterval,
  });
}

export function useInvoices(enabled = true) {
  return useKeysetList<InvoicePage>({
    queryKey: billingKeys.invoices,
    enabled,
    path: (cursor) => listPath("/api/billing/invoices", {}, cursor, INVOICES_PAGE_SIZE),
  });
}

export function useSubscribe() {
  return useMutation({
    mutationFn: (plan: PlanId) =>
      apiFetch<z.input<typeof checkoutSessionSchema>>("/api/billing/subscribe", { method: "POST", body: { plan } }),
  });
}

/** Plan changes, cancellation and resumption answer with the updated overview; keep it, and refresh invoices. */
function useStoreOverview() {
  const queryClient = useQueryClient();
  return (overview: SubscriptionOverview) => {
    queryClient.setQueryData(billingKeys.subscription, overview);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: billingKeys.invoices }),
      queryClient.invalidateQueries({ queryKey: billingKeys.credit }),
    ]);
  };
}

export function useChangePlan() {
  const store = useStoreOverview();
  return useMutation({
    mutationFn: (plan: PlanId) => apiFetch<SubscriptionOverview>("/api/billing/change-plan", { method: "POST", body: { plan } }),
    onSuccess: store,
  });
}

export function useCancelSubscription() {
  const store = useStoreOverview();
  return useMutation({
    mutationFn: () => apiFetch<SubscriptionOverview>("/api/billing/cancel", { method: "DELETE" }),
    onSuccess: store,
  });
}

export function useResumeSubscription() {
  const store = useStoreOverview();
  return useMutation({
    mutationFn: () => apiFetch<SubscriptionOverview>("/api/billing/resume", { method: "POST" }),
    onSuccess: store,
  });
}

/** A one-time link to the payment provider's portal (payment methods, billing details). */
export function usePortalSession() {
  return useMutation({
    mutationFn: () => apiFetch<z.input<typeof redirectUrlSchema>>("/api/billing/portal-session"),
  });
}
