"use client";

import { Building2, Search } from "lucide-react";
import { STATUS_LABELS } from "@/components/format/subscription";
import { useDebouncedValue } from "@/components/hooks/use-debounced-value";
import { useUrlFilters } from "@/components/hooks/use-url-filters";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { LoadMore } from "@/components/ui/load-more";
import { Select } from "@/components/ui/select";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { PLAN_IDS, PLANS, SUBSCRIPTION_STATUSES } from "@/lib/billing/plans";
import { errorMessage } from "@/lib/http/client";
import { EMPTY_STAFF_TENANT_FILTERS, type StaffTenantPage, useStaffTenants } from "@/lib/platform/hooks";
import { STAFF_TENANT_SORTS, type StaffTenantSort } from "@/lib/platform/schemas";
import { TenantTable } from "./tenant-table";

const SORT_LABELS: Record<StaffTenantSort, string> = {
  newest: "Newest first",
  oldest: "Oldest first",
  name: "Name (A–Z)",
  members: "Most members",
  mrr: "Highest MRR",
};

// The API accepts searches of up to 100 characters.
const MAX_SEARCH_LENGTH = 100;

export function TenantList({ initialPage }: { initialPage: StaffTenantPage }) {
  const [inputs, setInputs] = useUrlFilters(EMPTY_STAFF_TENANT_FILTERS);
  const q = useDebouncedValue(inputs.q.trim(), 300);
  const filters = { ...inputs, q };
  const unfiltered = q === "" && inputs.plan === "" && inputs.status === "";
  const query = useStaffTenants(filters, unfiltered && inputs.sort === "newest" ? initialPage : undefined);
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Card>
      <CardContent className="grid grid-cols-1 gap-6 pt-6">
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[minmax(0,24rem)_auto_auto_auto] lg:items-end">
          <FormField id="tenant-search" label="Search organizations">
            <div className="relative">
              <Search
                className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-muted-foreground"
                aria-hidden="true"
              />
              <Input
                id="tenant-search"
                type="search"
                className="pl-8"
                placeholder="Name or slug"
                autoComplete="off"
                maxLength={MAX_SEARCH_LENGTH}
                value={inputs.q}
                onChange={(e) => setInputs({ q: e.target.value })}
              />
            </div>
          </FormField>
          <FormField id="tenant-plan" label="Plan">
            <Select
              id="tenant-plan"
              value={inputs.plan}
              onChange={(e) => setInputs({ plan: PLAN_IDS.find((p) => p === e.target.value) ?? "" })}
            >
              <option value="">Every plan</option>
              {PLAN_IDS.map((plan) => (
                <option key={plan} value={plan}>
                  {PLANS[plan].name}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField id="tenant-status" label="Status">
            <Select
              id="tenant-status"
              value={inputs.status}
              onChange={(e) => setInputs({ status: SUBSCRIPTION_STATUSES.find((s) => s === e.target.value) ?? "" })}
            >
              <option value="">Every status</option>
              {SUBSCRIPTION_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {STATUS_LABELS[status]}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField id="tenant-sort" label="Sort by">
            <Select
              id="tenant-sort"
              value={inputs.sort}
              onChange={(e) => setInputs({ sort: STAFF_TENANT_SORTS.find((s) => s === e.target.value) ?? "newest" })}
            >
              {STAFF_TENANT_SORTS.map((sort) => (
                <option key={sort} value={sort}>
                  {SORT_LABELS[sort]}
                </option>
              ))}
            </Select>
          </FormField>
        </div>
        <div aria-busy={query.isFetching || undefined} className="grid grid-cols-1 gap-4">
          {query.isPending ? <TableSkeleton columns={7} rows={4} label="Loading organizations" /> : null}
          {query.isError ? (
            <ErrorState
              title="Could not load organizations"
              message={errorMessage(query.error)}
              onRetry={() => void query.refetch()}
              retrying={query.isFetching}
            />
          ) : null}
          {query.isSuccess && items.length === 0 ? (
            <EmptyState
              icon={Building2}
              title={unfiltered ? "No organizations yet" : "No organizations match"}
              description={
                unfiltered
                  ? "Organizations appear here once someone signs up."
                  : q
                    ? `Nothing with these filters has “${q}” in its name or slug.`
                    : "No organization has this plan and status."
              }
            />
          ) : null}
          {items.length > 0 ? <TenantTable items={items} /> : null}
          <LoadMore query={query} />
        </div>
      </CardContent>
    </Card>
  );
}
