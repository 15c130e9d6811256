import { Download, ExternalLink } from "lucide-react";
import { formatBillingDate, INVOICE_STATUS_BADGE, INVOICE_STATUS_LABELS } from "@/components/format/subscription";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TableCell, TableRow } from "@/components/ui/table";
import type { InvoiceSummary } from "@/lib/billing/hooks";
import { formatMoney } from "@/lib/billing/money";

function formatPeriod(invoice: InvoiceSummary): string {
  if (!invoice.periodStart || !invoice.periodEnd) return "—";
  return `${formatBillingDate(invoice.periodStart)} – ${formatBillingDate(invoice.periodEnd)}`;
}

export function InvoiceTableRow({ invoice }: { invoice: InvoiceSummary }) {
  const numberId = `invoice-${invoice.id}-number`;
  return (
    <TableRow>
      <TableCell className="whitespace-nowrap">{formatBillingDate(invoice.invoiceDate)}</TableCell>
      <TableCell id={numberId} className="font-medium">
        {invoice.number ?? "—"}
      </TableCell>
      <TableCell className="whitespace-nowrap text-muted-foreground">{formatPeriod(invoice)}</TableCell>
      <TableCell className="whitespace-nowrap text-right tabular-nums">{formatMoney(invoice.totalCents, invoice.currency)}</TableCell>
      <TableCell>
        <Badge variant={INVOICE_STATUS_BADGE[invoice.status]}>{INVOICE_STATUS_LABELS[invoice.status]}</Badge>
      </TableCell>
      <TableCell>
        <div className="flex justify-end gap-1">
          {invoice.status === "sent" && invoice.payUrl ? (
            <Button asChild size="sm">
              <a href={invoice.payUrl} aria-describedby={numberId}>
                <ExternalLink aria-hidden="true" />
                Pay invoice
              </a>
            </Button>
          ) : null}
          <Button asChild variant="ghost" size="sm">
            <a href={`/api/billing/invoices/${encodeURIComponent(invoice.id)}`} download aria-describedby={numberId}>
              <Download aria-hidden="true" />
              Download PDF
            </a>
          </Button>
        </div>
      </TableCell>
    </TableRow>
  );
}
