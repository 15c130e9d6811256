"use client";

import { Search, ShoppingCart } from "lucide-react";
import Link from "next/link";
import { useDebouncedValue } from "@/components/hooks/use-debounced-value";
import { useUrlFilters } from "@/components/hooks/use-url-filters";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { LoadMore } from "@/components/ui/load-more";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { errorMessage } from "@/lib/http/client";
import { EMPTY_PROCUREMENT_FILTERS, type ProcurementFilters, useProcurements } from "@/lib/procurement/hooks";
import type { ProcurementStatus } from "@/lib/procurement/status";
import { PROCUREMENT_STATUS_LABELS } from "./procurement-status";
import { ProcurementTable } from "./procurement-table";

// The statuses people look for; the rare ones are still reachable through the URL (?status=…).
const CHIPS: (ProcurementStatus | "")[] = ["", "draft", "pending_approval", "submitted", "shipped", "delivered", "received", "cancelled"];

export function ProcurementList() {
  const [inputs, setInputs] = useUrlFilters<ProcurementFilters>(EMPTY_PROCUREMENT_FILTERS);
  const q = useDebouncedValue(inputs.q, 300);
  const filters = { ...inputs, q };
  const query = useProcurements(filters);
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = filters.q !== "" || filters.status !== "";

  return (
    <Card>
      <CardContent className="grid grid-cols-1 gap-6 pt-6">
        <div className="grid gap-4">
          <div className="grid max-w-md gap-1.5">
            <Label htmlFor="procurements-search">Search</Label>
            <div className="relative">
              <Search
                className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-muted-foreground"
                aria-hidden="true"
              />
              <Input
                id="procurements-search"
                type="search"
                className="pl-8"
                placeholder="Configuration, SKU, order or tracking number"
                value={inputs.q}
                onChange={(e) => setInputs({ q: e.target.value })}
              />
            </div>
          </div>
          <div role="group" aria-label="Filter by status" className="flex flex-wrap gap-2">
            {CHIPS.map((status) => (
              <Button
                key={status || "all"}
                type="button"
                size="sm"
                variant={inputs.status === status ? "default" : "outline"}
                aria-pressed={inputs.status === status}
                className="rounded-full"
                onClick={() => setInputs({ status })}
              >
                {status === "" ? "All" : PROCUREMENT_STATUS_LABELS[status]}
              </Button>
            ))}
          </div>
        </div>
        <div aria-live="polite" aria-busy={query.isFetching || undefined} className="grid grid-cols-1 gap-4">
          {query.isPending ? <TableSkeleton columns={8} rows={4} label="Loading orders" /> : null}
          {query.isError ? (
            <ErrorState
              title="Could not load orders"
              message={errorMessage(query.error)}
              onRetry={() => void query.refetch()}
              retrying={query.isFetching}
            />
          ) : null}
          {query.isSuccess && items.length === 0 ? (
            filtered ? (
              <EmptyState icon={ShoppingCart} title="No orders match" description="Try another search or status." />
            ) : (
              <EmptyState
                icon={ShoppingCart}
                title="No orders yet"
                description="Open a configuration and add its best actuators to an order to compare Spencer's and Coster's quotes."
                action={
                  <Button asChild variant="outline">
                    <Link href="/configurations">Go to configurations</Link>
                  </Button>
                }
              />
            )
          ) : null}
          {items.length > 0 ? <ProcurementTable items={items} /> : null}
          <LoadMore query={query} />
        </div>
      </CardContent>
    </Card>
  );
}
