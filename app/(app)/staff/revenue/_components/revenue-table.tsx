import { formatMonthLong } from "@/components/charts/chart-format";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatMoney } from "@/lib/billing/money";
import type { RevenueMonth } from "@/lib/platform/hooks";

const COLUMNS = [
  { key: "mrrCents", label: "MRR" },
  { key: "newCents", label: "New" },
  { key: "expansionCents", label: "Expansion" },
  { key: "contractionCents", label: "Contraction" },
  { key: "churnedCents", label: "Churned" },
  { key: "collectedCents", label: "Collected" },
  { key: "commissionsCents", label: "Commissions" },
] as const;

/** The figures behind the charts, newest month first. */
export function RevenueTable({ months }: { months: RevenueMonth[] }) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Month</TableHead>
          {COLUMNS.map((c) => (
            <TableHead key={c.key} className="text-right">
              {c.label}
            </TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {[...months].reverse().map((m) => (
          <TableRow key={m.month}>
            <TableCell className="whitespace-nowrap font-medium">{formatMonthLong(m.month)}</TableCell>
            {COLUMNS.map((c) => (
              <TableCell key={c.key} className="whitespace-nowrap text-right tabular-nums">
                {formatMoney(m[c.key])}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
