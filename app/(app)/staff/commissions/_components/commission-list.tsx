"use client";

import { HandCoins } from "lucide-react";
import { useState } from "react";
import { formatSupplier } from "@/components/billing/suppliers";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadMore } from "@/components/ui/load-more";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { errorMessage } from "@/lib/http/client";
import { type CommissionPage, useCommissions } from "@/lib/platform/hooks";
import { CommissionTable } from "./commission-table";
import { SupplierFilter } from "./supplier-filter";

export function CommissionList({ initialPage }: { initialPage: CommissionPage }) {
  const [supplier, setSupplier] = useState("");
  const query = useCommissions(supplier, supplier === "" ? initialPage : undefined);
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Card>
      <CardContent className="grid grid-cols-1 gap-6 pt-6">
        <SupplierFilter value={supplier} onChange={setSupplier} />
        <div aria-busy={query.isFetching || undefined} className="grid grid-cols-1 gap-4">
          {query.isPending ? <TableSkeleton columns={6} rows={4} label="Loading commissions" /> : null}
          {query.isError ? (
            <ErrorState
              title="Could not load commissions"
              message={errorMessage(query.error)}
              onRetry={() => void query.refetch()}
              retrying={query.isFetching}
            />
          ) : null}
          {query.isSuccess && items.length === 0 ? (
            <EmptyState
              icon={HandCoins}
              title={supplier ? `No commissions on ${formatSupplier(supplier)} orders yet` : "No commissions yet"}
              description="A commission is recorded when an organization pays for a procurement order."
            />
          ) : null}
          {items.length > 0 ? <CommissionTable items={items} /> : null}
          <LoadMore query={query} />
        </div>
      </CardContent>
    </Card>
  );
}
