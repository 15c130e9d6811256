"use client";

import { Building2, Search } from "lucide-react";
import { useState } from "react";
import { useDebouncedValue } from "@/components/hooks/use-debounced-value";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { LoadMore } from "@/components/ui/load-more";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { errorMessage } from "@/lib/http/client";
import { type StaffTenantPage, useStaffTenants } from "@/lib/platform/hooks";
import { TenantTable } from "./tenant-table";

// The API accepts searches of up to 100 characters.
const MAX_SEARCH_LENGTH = 100;

export function TenantList({ initialPage }: { initialPage: StaffTenantPage }) {
  const [search, setSearch] = useState("");
  const q = useDebouncedValue(search.trim(), 300);
  const query = useStaffTenants(q, q === "" ? initialPage : undefined);
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Card>
      <CardContent className="grid grid-cols-1 gap-6 pt-6">
        <FormField id="tenant-search" label="Search organizations" className="max-w-sm">
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
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
          </div>
        </FormField>
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
              title={q ? "No organizations match" : "No organizations yet"}
              description={q ? `Nothing has “${q}” in its name or slug.` : "Organizations appear here once someone signs up."}
            />
          ) : null}
          {items.length > 0 ? <TenantTable items={items} /> : null}
          <LoadMore query={query} />
        </div>
      </CardContent>
    </Card>
  );
}
