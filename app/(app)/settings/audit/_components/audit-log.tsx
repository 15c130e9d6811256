"use client";

import { ChevronLeft, ChevronRight, History } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { type AuditFilters, EMPTY_AUDIT_FILTERS, useAuditLogs } from "@/lib/audit/hooks";
import { errorMessage } from "@/lib/http/client";
import { AuditFiltersBar } from "./audit-filters-bar";
import { AuditTable } from "./audit-table";

export function AuditLog() {
  const [filters, setFilters] = useState<AuditFilters>(EMPTY_AUDIT_FILTERS);
  // Cursors of the pages visited so far; the last one is the page on screen (null = first page).
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const cursor = cursors.at(-1) ?? null;
  const query = useAuditLogs(filters, cursor);
  const page = query.data;

  function changeFilters(next: AuditFilters) {
    setFilters(next);
    setCursors([null]);
  }

  return (
    <div className="grid gap-4">
      <AuditFiltersBar filters={filters} onChange={changeFilters} />
      <Card>
        <CardContent className="pt-6">
          {query.isPending ? <TableSkeleton columns={5} rows={6} label="Loading activity" /> : null}
          {query.isError ? (
            <ErrorState
              title="Could not load the audit log"
              message={errorMessage(query.error)}
              onRetry={() => void query.refetch()}
              retrying={query.isFetching}
            />
          ) : null}
          {page && !query.isError && page.items.length === 0 ? (
            <EmptyState
              icon={History}
              title="No activity matches these filters"
              description="Try a wider date range or clear the filters."
            />
          ) : null}
          {page && !query.isError && page.items.length > 0 ? (
            <div
              aria-busy={query.isPlaceholderData || undefined}
              className={query.isPlaceholderData ? "opacity-60 transition-opacity" : undefined}
            >
              <AuditTable items={page.items} />
            </div>
          ) : null}
          <nav aria-label="Audit log pages" className="mt-4 flex items-center justify-between gap-2 border-t border-border pt-4">
            <p className="text-sm text-muted-foreground">Page {cursors.length}</p>
            <div className="flex gap-2">
              <Button variant="outline" size="sm" disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
                <ChevronLeft aria-hidden="true" />
                Previous page
              </Button>
              <Button
                variant="outline"
                size="sm"
                disabled={!page?.nextCursor || query.isPlaceholderData}
                onClick={() => page?.nextCursor && setCursors((c) => [...c, page.nextCursor])}
              >
                Next page
                <ChevronRight aria-hidden="true" />
              </Button>
            </div>
          </nav>
        </CardContent>
      </Card>
    </div>
  );
}
