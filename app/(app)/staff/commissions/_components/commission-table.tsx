import { formatSupplier } from "@/components/billing/suppliers";
import { formatBillingDate } from "@/components/format/subscription";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatMoney } from "@/lib/billing/money";
import type { CommissionRow } from "@/lib/platform/hooks";

/** "15.00" → "15%", "12.50" → "12.5%"; the rate is only shown, never computed with. */
function formatRate(rate: string): string {
  const value = Number(rate);
  return Number.isFinite(value) ? `${value.toLocaleString("en-US", { maximumFractionDigits: 2 })}%` : `${rate}%`;
}

export function CommissionTable({ items }: { items: CommissionRow[] }) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Date</TableHead>
          <TableHead>Organization</TableHead>
          <TableHead>Supplier</TableHead>
          <TableHead className="text-right">Order total</TableHead>
          <TableHead className="text-right">Rate</TableHead>
          <TableHead className="text-right">Commission</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((c) => (
          <TableRow key={c.id}>
            <TableCell className="whitespace-nowrap text-muted-foreground">{formatBillingDate(c.createdAt)}</TableCell>
            <TableCell className="font-medium">{c.tenantName}</TableCell>
            <TableCell>{formatSupplier(c.supplier)}</TableCell>
            <TableCell className="whitespace-nowrap text-right tabular-nums">{formatMoney(c.orderTotalCents, c.currency)}</TableCell>
            <TableCell className="text-right tabular-nums">{formatRate(c.commissionRate)}</TableCell>
            <TableCell className="whitespace-nowrap text-right font-medium tabular-nums">
              {formatMoney(c.commissionCents, c.currency)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
