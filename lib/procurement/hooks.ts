"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiFetch, listPath } from "@/lib/http/client";
import { useKeysetList } from "@/lib/http/hooks";
import type { Serialized } from "@/lib/http/serialized";
import type { CompareResult } from "./compare";
import type { SupplierOffer } from "./pricing";
import type { listProcurements } from "./queries";
import type { confirmReceipt } from "./receipt";
import type {
  ApprovalRequestInput,
  approvalDecisionSchema,
  CreateProcurementInput,
  confirmReceiptSchema,
  UpdateProcurementInput,
} from "./schemas";
import type { ProcurementDetail } from "./service";
import type { ProcurementStatus } from "./status";

// The JSON the order API returns, typed from the server functions that build it.
export type ProcurementPage = Serialized<Awaited<ReturnType<typeof listProcurements>>>;
export type ProcurementSummary = ProcurementPage["items"][number];
/** One order with its lines, quotes, timeline and what the signed-in member may do with it. */
export type Procurement = Serialized<ProcurementDetail>;
export type QuoteOffer = Serialized<SupplierOffer>;
export type Comparison = Serialized<CompareResult>;

export type ProcurementFilters = { q: string; status: ProcurementStatus | "" };
export const EMPTY_PROCUREMENT_FILTERS: ProcurementFilters = { q: "", status: "" };

const PAGE_SIZE = 25;

const procurementKeys = {
  all: ["procurements"] as const,
  list: (filters: ProcurementFilters) => ["procurements", "list", filters] as const,
  detail: (id: string) => ["procurements", "detail", id] as const,
};

const byId = (id: string) => `/api/procurements/${encodeURIComponent(id)}`;

export function useProcurements(filters: ProcurementFilters) {
  return useKeysetList<ProcurementPage>({
    queryKey: procurementKeys.list(filters),
    path: (cursor) => listPath("/api/procurements", filters, cursor, PAGE_SIZE),
  });
}

/**
 * How often an order is read again: every 2 s while a payment or the supplier's order number
 * is awaited, every 15 s while the supplier is working on it, never once it is settled.
 */
function pollInterval(order: Procurement | undefined): number | false {
  if (!order) return false;
  if (order.paymentStatus === "pending" || (order.status === "submitted" && !order.supplierOrderId)) return 2_000;
  return ["submitted", "confirmed", "shipped"].includes(order.status) ? 15_000 : false;
}

export function useProcurement(id: string) {
  return useQuery({
    queryKey: procurementKeys.detail(id),
    queryFn: ({ signal }) => apiFetch<Procurement>(byId(id), { signal }),
    refetchInterval: (query) => pollInterval(query.state.data),
  });
}

/** After a write the lists and the order itself may have changed. */
function useStoreProcurement() {
  const queryClient = useQueryClient();
  return (procurement: Procurement | null, id?: string) => {
    if (procurement) queryClient.setQueryData(procurementKeys.detail(procurement.id), procurement);
    else if (id) void queryClient.invalidateQueries({ queryKey: procurementKeys.detail(id) });
    return queryClient.invalidateQueries({ queryKey: procurementKeys.all, predicate: (q) => q.queryKey[1] === "list" });
  };
}

export function useCreateProcurement() {
  const store = useStoreProcurement();
  return useMutation({
    mutationFn: (input: Partial<CreateProcurementInput> & Pick<CreateProcurementInput, "configurationId" | "items">) =>
      apiFetch<Procurement>("/api/procurements", { method: "POST", body: input }),
    onSuccess: (procurement) => store(procurement),
  });
}

export function useUpdateProcurement(id: string) {
  const store = useStoreProcurement();
  return useMutation({
    mutationFn: (input: UpdateProcurementInput) => apiFetch<Procurement>(byId(id), { method: "PUT", body: input }),
    onSuccess: (procurement) => store(procurement),
  });
}

export function useCancelProcurement(id: string) {
  const store = useStoreProcurement();
  return useMutation({
    mutationFn: () => apiFetch<null>(byId(id), { method: "DELETE" }),
    onSuccess: () => store(null, id),
  });
}

/** Opens Stripe Checkout for the order (the browser goes there next). */
export function useStartCheckout(id: string) {
  return useMutation({
    mutationFn: () => apiFetch<{ url: string; captureAt: "receipt" | "shipment" }>(`${byId(id)}/checkout`, { method: "POST", body: {} }),
  });
}

export function useConfirmReceipt(id: string) {
  const store = useStoreProcurement();
  return useMutation({
    mutationFn: (input: z.input<typeof confirmReceiptSchema>) =>
      apiFetch<Serialized<Awaited<ReturnType<typeof confirmReceipt>>>>(`${byId(id)}/receipt`, { method: "POST", body: input }),
    onSuccess: () => store(null, id),
  });
}

/** Asks every supplier for the order's lines; the quotes are stored on the order, so it is read again. */
export function useCompareQuotes(id: string) {
  const store = useStoreProcurement();
  return useMutation({
    mutationFn: () => apiFetch<Comparison>("/api/procurements/compare", { method: "POST", body: { procurementId: id } }),
    onSuccess: () => store(null, id),
  });
}

export function useRequestApproval(id: string) {
  const store = useStoreProcurement();
  return useMutation({
    mutationFn: (input: ApprovalRequestInput) => apiFetch<Procurement>(`${byId(id)}/approval`, { method: "POST", body: input }),
    onSuccess: (procurement) => store(procurement),
  });
}

export function useDecideApproval(id: string) {
  const store = useStoreProcurement();
  return useMutation({
    mutationFn: (input: z.input<typeof approvalDecisionSchema>) =>
      apiFetch<Procurement>(`${byId(id)}/decision`, { method: "POST", body: input }),
    onSuccess: (procurement) => store(procurement),
  });
}
