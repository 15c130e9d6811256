"use client";

import { type InfiniteData, keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/http/client";
import type { PlanId, SubscriptionStatus } from "./plans";
import type { InvoiceSummary, SubscriptionOverview } from "./queries";
import type { RevenueMonth } from "./revenue";
import { STAFF_TENANTS_PAGE_SIZE } from "./schemas";

// The JSON shapes below are the ones the billing API returns (dates as ISO strings).
export type { InvoiceSummary, RevenueMonth, SubscriptionOverview };

export type InvoicePage = { items: InvoiceSummary[]; nextCursor: string | null };

export type CommissionRow = {
  id: string;
  tenantId: string;
  tenantName: string;
  procurementId: string;
  supplier: string;
  orderTotalCents: number;
  /** Percent as a decimal string, e.g. "15.00". */
  commissionRate: string;
  commissionCents: number;
  currency: string;
  invoiceId: string | null;
  createdAt: string;
};

export type CommissionPage = { items: CommissionRow[]; nextCursor: string | null };

/** Inclusive month range, each end as YYYY-MM. */
export type MonthRange = { from: string; to: string };

const INVOICES_PAGE_SIZE = 20;
const COMMISSIONS_PAGE_SIZE = 50;
/** How often the billing page asks for the subscription while a payment is being confirmed. */
export const CONFIRM_POLL_MS = 1_000;

const billingKeys = {
  all: ["billing"] as const,
  subscription: ["billing", "subscription"] as const,
  invoices: ["billing", "invoices"] as const,
  revenue: (range: MonthRange) => ["admin", "revenue", range] as const,
  commissions: (supplier: string) => ["admin", "commissions", supplier] as const,
};

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

function invoicesPath(cursor: string | null, limit = INVOICES_PAGE_SIZE): string {
  const params = new URLSearchParams({ limit: String(limit) });
  if (cursor) params.set("cursor", cursor);
  return `/api/billing/invoices?${params.toString()}`;
}

export function useInvoices(enabled = true) {
  return useInfiniteQuery({
    queryKey: billingKeys.invoices,
    enabled,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => apiFetch<InvoicePage>(invoicesPath(pageParam), { signal }),
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useSubscribe() {
  return useMutation({
    mutationFn: (plan: PlanId) =>
      apiFetch<{ url: string; sessionId: string }>("/api/billing/subscribe", { method: "POST", body: { plan } }),
  });
}

/** Plan changes, cancellation and resumption answer with the updated overview; keep it, and refresh invoices. */
function useStoreOverview() {
  const queryClient = useQueryClient();
  return (overview: SubscriptionOverview) => {
    queryClient.setQueryData(billingKeys.subscription, overview);
    return queryClient.invalidateQueries({ queryKey: billingKeys.invoices });
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
    mutationFn: () => apiFetch<{ url: string }>("/api/billing/portal-session"),
  });
}

function revenuePath(range: MonthRange): string {
  const params = new URLSearchParams({ from: range.from, to: range.to });
  return `/api/admin/revenue/monthly?${params.toString()}`;
}

type RevenueOptions = { enabled?: boolean; initialData?: RevenueMonth[] };

export function useMonthlyRevenue(range: MonthRange, { enabled = true, initialData }: RevenueOptions = {}) {
  return useQuery({
    queryKey: billingKeys.revenue(range),
    enabled,
    initialData,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) => apiFetch<{ months: RevenueMonth[] }>(revenuePath(range), { signal }).then((r) => r.months),
  });
}

/** An empty supplier means every supplier: the API treats a present-but-empty value as invalid. */
function commissionsPath(supplier: string, cursor: string | null, limit = COMMISSIONS_PAGE_SIZE): string {
  const params = new URLSearchParams({ limit: String(limit) });
  if (supplier) params.set("supplier", supplier);
  if (cursor) params.set("cursor", cursor);
  return `/api/admin/commissions?${params.toString()}`;
}

export function useCommissions(supplier: string, initialPage?: CommissionPage) {
  const initialData: InfiniteData<CommissionPage, string | null> | undefined = initialPage
    ? { pages: [initialPage], pageParams: [null] }
    : undefined;
  return useInfiniteQuery({
    queryKey: billingKeys.commissions(supplier),
    initialPageParam: null as string | null,
    initialData,
    queryFn: ({ pageParam, signal }) => apiFetch<CommissionPage>(commissionsPath(supplier, pageParam), { signal }),
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

type TenantStatus = SubscriptionStatus;

/** One organization as staff see it on /staff/tenants. */
export type StaffTenantRow = {
  id: string;
  name: string;
  slug: string;
  plan: PlanId;
  status: TenantStatus;
  trialEndsAt: string | null;
  members: number;
  mrrCents: number;
  createdAt: string;
};

export type StaffTenantPage = { items: StaffTenantRow[]; nextCursor: string | null };

const staffTenantKeys = {
  all: ["admin", "tenants"] as const,
  list: (q: string) => ["admin", "tenants", q] as const,
};

/** An empty search means every organization: the API treats a present-but-empty `q` as invalid. */
function staffTenantsPath(q: string, cursor: string | null, limit = STAFF_TENANTS_PAGE_SIZE): string {
  const params = new URLSearchParams({ limit: String(limit) });
  if (q) params.set("q", q);
  if (cursor) params.set("cursor", cursor);
  return `/api/admin/tenants?${params.toString()}`;
}

export function useStaffTenants(q: string, initialPage?: StaffTenantPage) {
  const initialData: InfiniteData<StaffTenantPage, string | null> | undefined = initialPage
    ? { pages: [initialPage], pageParams: [null] }
    : undefined;
  return useInfiniteQuery({
    queryKey: staffTenantKeys.list(q),
    initialPageParam: null as string | null,
    initialData,
    queryFn: ({ pageParam, signal }) => apiFetch<StaffTenantPage>(staffTenantsPath(q, pageParam), { signal }),
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

function staffTenantPlanPath(tenantId: string): string {
  return `/api/admin/tenants/${encodeURIComponent(tenantId)}/plan`;
}

/** An agreement changes the organization's plan, status and MRR, so the list and the revenue figures. */
function useRefreshAfterAgreement() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: staffTenantKeys.all }),
      queryClient.invalidateQueries({ queryKey: ["admin", "revenue"] }),
    ]);
}

export function useSetEnterprisePlan() {
  const refresh = useRefreshAfterAgreement();
  return useMutation({
    mutationFn: ({ tenantId, monthlyAmountCents }: { tenantId: string; monthlyAmountCents: number }) =>
      apiFetch<null>(staffTenantPlanPath(tenantId), { method: "PUT", body: { plan: "enterprise", monthlyAmountCents } }),
    onSuccess: refresh,
  });
}

export function useEndEnterprisePlan() {
  const refresh = useRefreshAfterAgreement();
  return useMutation({
    mutationFn: (tenantId: string) => apiFetch<null>(staffTenantPlanPath(tenantId), { method: "DELETE" }),
    onSuccess: refresh,
  });
}
