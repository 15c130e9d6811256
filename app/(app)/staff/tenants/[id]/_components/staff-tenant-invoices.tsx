import { Receipt } from "lucide-react";
import { formatBillingDate, INVOICE_STATUS_BADGE, INVOICE_STATUS_LABELS, type InvoiceStatus } from "@/components/format/subscription";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatMoney } from "@/lib/billing/money";

type Invoice = {
  id: string;
  number: string | null;
  status: InvoiceStatus;
  invoiceDate: string;
  totalCents: number;
  amountDueCents: number;
  currency: string;
};

/** The organization's latest invoices as mirrored from Stripe. */
export function StaffTenantInvoices({ invoices, more }: { invoices: Invoice[]; more: boolean }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Invoices</CardTitle>
        <CardDescription>{more ? `The latest ${invoices.length}, newest first.` : "Newest first."}</CardDescription>
      </CardHeader>
      <CardContent className="min-w-0 overflow-x-auto">
        {invoices.length === 0 ? (
          <EmptyState icon={Receipt} title="No invoices yet" description="Invoices appear once the organization subscribes." />
        ) : (
          <Table aria-label="Invoices">
            <TableHeader>
              <TableRow>
                <TableHead>Date</TableHead>
                <TableHead>Number</TableHead>
                <TableHead className="text-right">Total</TableHead>
                <TableHead className="text-right">Due</TableHead>
                <TableHead>Status</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {invoices.map((invoice) => (
                <TableRow key={invoice.id}>
                  <TableCell className="whitespace-nowrap">{formatBillingDate(invoice.invoiceDate)}</TableCell>
                  <TableCell className="font-medium">{invoice.number ?? "—"}</TableCell>
                  <TableCell className="whitespace-nowrap text-right tabular-nums">
                    {formatMoney(invoice.totalCents, invoice.currency)}
                  </TableCell>
                  <TableCell className="whitespace-nowrap text-right tabular-nums">
                    {formatMoney(invoice.amountDueCents, invoice.currency)}
                  </TableCell>
                  <TableCell>
                    <Badge variant={INVOICE_STATUS_BADGE[invoice.status]}>{INVOICE_STATUS_LABELS[invoice.status]}</Badge>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
