import Link from "next/link";
import { SUPPLIER_LABELS } from "@/components/format/catalog";
import { formatDate } from "@/components/format/dates";
import { STICKY_FIRST_COLUMN, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatMoney } from "@/lib/billing/money";
import type { ProcurementSummary } from "@/lib/procurement/hooks";
import { ProcurementStatusBadge } from "./procurement-status";

const ORDER_TYPE_LABELS = { sample: "Sample", pilot: "Pilot", production: "Production" } as const;

function LinesSummary({ lines }: { lines: ProcurementSummary["lines"] }) {
  const [first, ...rest] = lines;
  if (!first) return <span className="text-muted-foreground">—</span>;
  return (
    <span className="whitespace-nowrap">
      <span className="font-mono text-xs">{first.sku}</span> × {first.qty}
      {rest.length > 0 ? <span className="text-muted-foreground"> and {rest.length} more</span> : null}
    </span>
  );
}

export function ProcurementTable({ items }: { items: ProcurementSummary[] }) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead className={STICKY_FIRST_COLUMN}>Configuration</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Actuators</TableHead>
          <TableHead>Type</TableHead>
          <TableHead className="text-right">Total</TableHead>
          <TableHead>Supplier</TableHead>
          <TableHead>Ordered by</TableHead>
          <TableHead>Started</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((item) => (
          <TableRow key={item.id}>
            <TableCell className={`${STICKY_FIRST_COLUMN} font-medium`}>
              <Link
                href={`/procurements/${item.id}`}
                className="text-primary hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
              >
                {item.configurationName}
              </Link>
            </TableCell>
            <TableCell>
              <ProcurementStatusBadge status={item.status} />
            </TableCell>
            <TableCell>
              <LinesSummary lines={item.lines} />
            </TableCell>
            <TableCell>{ORDER_TYPE_LABELS[item.orderType]}</TableCell>
            <TableCell className="text-right tabular-nums">{formatMoney(item.totalCents, item.currency)}</TableCell>
            <TableCell>{item.selectedSupplier ? SUPPLIER_LABELS[item.selectedSupplier] : "—"}</TableCell>
            <TableCell>{item.createdByName ?? "—"}</TableCell>
            <TableCell className="whitespace-nowrap">{formatDate(item.createdAt)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
