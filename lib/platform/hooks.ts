"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Plan, SubscriptionStatus } from "@/db/schema/enums";
import { apiFetch, listPath } from "@/lib/http/client";
import { useKeysetList } from "@/lib/http/hooks";
import type { Serialized } from "@/lib/http/serialized";
import type { listSyncRuns } from "@/lib/suppliers/sync";
import type { listCommissions } from "./commissions";
import type { getMonthlyRevenue } from "./revenue";
import { type RevenueQuery, STAFF_TENANTS_PAGE_SIZE, type StaffTenantSort } from "./schemas";
import type { listTenantsForStaff } from "./tenants";

// The JSON the staff API (/api/admin/*) returns, typed from the server functions that build it.
export type RevenueMonth = Serialized<Awaited<ReturnType<typeof getMonthlyRevenue>>>[number];
export type CommissionPage = Serialized<Awaited<ReturnType<typeof listCommissions>>>;
export type CommissionRow = CommissionPage["items"][number];
export type StaffTenantPage = Serialized<Awaited<ReturnType<typeof listTenantsForStaff>>>;
/** One organization as staff see it on /staff/tenants. */
export type StaffTenantRow = StaffTenantPage["items"][number];

/** Inclusive month range, each end as YYYY-MM. */
export type MonthRange = Required<RevenueQuery>;

const COMMISSIONS_PAGE_SIZE = 50;

const staffKeys = {
  all: ["staff"] as const,
  revenue: ["staff", "revenue"] as const,
  revenueMonths: (range: MonthRange) => ["staff", "revenue", range] as const,
  commissions: (supplier: string) => ["staff", "commissions", supplier] as const,
  tenants: ["staff", "tenants"] as const,
  tenantList: (filters: StaffTenantFilters) => ["staff", "tenants", filters] as const,
};

type RevenueOptions = { enabled?: boolean; initialData?: RevenueMonth[] };

export function useMonthlyRevenue(range: MonthRange, { enabled = true, initialData }: RevenueOptions = {}) {
  return useQuery({
    queryKey: staffKeys.revenueMonths(range),
    enabled,
    initialData,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      apiFetch<{ months: RevenueMonth[] }>(`/api/admin/revenue/monthly?${new URLSearchParams(range)}`, { signal }).then((r) => r.months),
  });
}

/** An empty supplier means every supplier. */
export function useCommissions(supplier: string, initialPage?: CommissionPage) {
  return useKeysetList<CommissionPage>({
    queryKey: staffKeys.commissions(supplier),
    initialPage,
    path: (cursor) => listPath("/api/admin/commissions", { supplier }, cursor, COMMISSIONS_PAGE_SIZE),
  });
}

/** An empty search means every organization. */
export type StaffTenantFilters = { q: string; plan: Plan | ""; status: SubscriptionStatus | ""; sort: StaffTenantSort };
export const EMPTY_STAFF_TENANT_FILTERS: StaffTenantFilters = { q: "", plan: "", status: "", sort: "newest" };

export function useStaffTenants(filters: StaffTenantFilters, initialPage?: StaffTenantPage) {
  return useKeysetList<StaffTenantPage>({
    queryKey: staffKeys.tenantList(filters),
    initialPage,
    path: (cursor) => listPath("/api/admin/tenants", filters, cursor, STAFF_TENANTS_PAGE_SIZE),
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
      queryClient.invalidateQueries({ queryKey: staffKeys.tenants }),
      queryClient.invalidateQueries({ queryKey: staffKeys.revenue }),
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

export type SupplierSyncRun = Serialized<Awaited<ReturnType<typeof listSyncRuns>>>[number];

/** The sync history, read again every 3 s while a run is going (or was just asked for). */
export function useSupplierSyncRuns(initial: SupplierSyncRun[], watching: boolean) {
  return useQuery({
    queryKey: ["staff", "supplier-sync"],
    initialData: initial,
    queryFn: ({ signal }) => apiFetch<{ runs: SupplierSyncRun[] }>("/api/admin/supplier-sync", { signal }).then((r) => r.runs),
    refetchInterval: (query) => (watching || query.state.data?.some((run) => run.status === "running") ? 3_000 : false),
  });
}

export function useRequestSupplierSync() {
  return useMutation({ mutationFn: () => apiFetch<{ queued: true }>("/api/admin/supplier-sync", { method: "POST", body: {} }) });
}
