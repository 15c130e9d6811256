"use client";

import { Receipt } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadMore } from "@/components/ui/load-more";
import { Table, TableBody, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { useInvoices } from "@/lib/billing/hooks";
import { errorMessage } from "@/lib/http/client";
import { InvoiceTableRow } from "./invoice-table-row";

export function InvoicesCard() {
  const query = useInvoices();
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Card>
      <CardHeader>
        <CardTitle>Invoices</CardTitle>
        <CardDescription>Every invoice for this organization, newest first. Open invoices can be paid online.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4" aria-busy={query.isFetching || undefined}>
        {query.isPending ? <TableSkeleton columns={6} rows={3} label="Loading invoices" /> : null}
        {query.isError ? (
          <ErrorState
            title="Could not load invoices"
            message={errorMessage(query.error)}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        ) : null}
        {query.isSuccess && items.length === 0 ? (
          <EmptyState icon={Receipt} title="No invoices yet" description="Invoices appear here once the organization is billed." />
        ) : null}
        {items.length > 0 ? (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Date</TableHead>
                <TableHead>Number</TableHead>
                <TableHead>Period</TableHead>
                <TableHead className="text-right">Total</TableHead>
                <TableHead>Status</TableHead>
                <TableHead>
                  <span className="sr-only">Actions</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((invoice) => (
                <InvoiceTableRow key={invoice.id} invoice={invoice} />
              ))}
            </TableBody>
          </Table>
        ) : null}
        <LoadMore query={query} />
      </CardContent>
    </Card>
  );
}
