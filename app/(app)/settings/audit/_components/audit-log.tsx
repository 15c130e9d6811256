"use client";

import { History } from "lucide-react";
import { useUrlFilters } from "@/components/hooks/use-url-filters";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadMore } from "@/components/ui/load-more";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { type AuditFilters, EMPTY_AUDIT_FILTERS, useAuditLogs } from "@/lib/audit/hooks";
import { errorMessage } from "@/lib/http/client";
import { AuditFiltersBar } from "./audit-filters-bar";
import { AuditTable } from "./audit-table";

export function AuditLog() {
  const [filters, setFilters] = useUrlFilters<AuditFilters>(EMPTY_AUDIT_FILTERS);
  const query = useAuditLogs(filters);
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="grid gap-4">
      <AuditFiltersBar filters={filters} onChange={setFilters} />
      <Card>
        <CardContent className="grid grid-cols-1 gap-4 pt-6">
          {query.isPending ? <TableSkeleton columns={5} rows={6} label="Loading activity" /> : null}
          {query.isError ? (
            <ErrorState
              title="Could not load the audit log"
              message={errorMessage(query.error)}
              onRetry={() => void query.refetch()}
              retrying={query.isFetching}
            />
          ) : null}
          {query.isSuccess && items.length === 0 ? (
            <EmptyState
              icon={History}
              title="No activity matches these filters"
              description="Try a wider date range or clear the filters."
            />
          ) : null}
          {!query.isError && items.length > 0 ? (
            <div
              aria-busy={query.isPlaceholderData || undefined}
              className={query.isPlaceholderData ? "opacity-60 transition-opacity" : undefined}
            >
              <AuditTable items={items} />
            </div>
          ) : null}
          <LoadMore query={query} />
        </CardContent>
      </Card>
    </div>
  );
}
