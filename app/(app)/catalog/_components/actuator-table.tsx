import Link from "next/link";
import { SPRAY_TYPE_LABELS, SUPPLIER_LABELS } from "@/components/format/catalog";
import { formatNumber, formatUsd } from "@/components/format/numbers";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { STICKY_FIRST_COLUMN, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { CatalogActuator } from "@/lib/catalog/hooks";

export function ActuatorTable({ items }: { items: CatalogActuator[] }) {
  return (
    <Table aria-label="Actuators">
      <TableHeader>
        <TableRow>
          <TableHead className={cn(STICKY_FIRST_COLUMN, "shadow-[1px_0_0_var(--color-border)]")}>SKU</TableHead>
          <TableHead>Supplier</TableHead>
          <TableHead>Spray type</TableHead>
          <TableHead className="text-right">
            Orifice <span className="normal-case">(mm)</span>
          </TableHead>
          <TableHead className="text-right">
            Ref. flow <span className="normal-case">(ml/min @ bar)</span>
          </TableHead>
          <TableHead className="text-right">
            Cone <span className="normal-case">(deg)</span>
          </TableHead>
          <TableHead className="text-right">
            Max <span className="normal-case">(bar)</span>
          </TableHead>
          <TableHead className="text-right">
            Vendor SMD <span className="normal-case">(µm)</span>
          </TableHead>
          <TableHead>Materials</TableHead>
          <TableHead className="text-right">Price</TableHead>
          <TableHead className="text-right">Stock</TableHead>
          <TableHead className="text-right">
            Lead <span className="normal-case">(days)</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((a) => (
          <TableRow key={a.id}>
            <TableCell className={cn(STICKY_FIRST_COLUMN, "whitespace-nowrap font-medium shadow-[1px_0_0_var(--color-border)]")}>
              <Link href={`/catalog/actuators/${encodeURIComponent(a.sku)}`} className="text-primary hover:underline">
                {a.sku}
              </Link>
            </TableCell>
            <TableCell>{SUPPLIER_LABELS[a.supplier]}</TableCell>
            <TableCell className="whitespace-nowrap">{SPRAY_TYPE_LABELS[a.sprayType]}</TableCell>
            <TableCell className="text-right tabular-nums">{formatNumber(a.orificeDiameterMm)}</TableCell>
            <TableCell className="whitespace-nowrap text-right tabular-nums">
              {formatNumber(a.refFlowMlMin)} @ {formatNumber(a.refPressureBar)}
            </TableCell>
            <TableCell className="text-right tabular-nums">{formatNumber(a.nominalConeDeg)}</TableCell>
            <TableCell className="text-right tabular-nums">{formatNumber(a.maxPressureBar)}</TableCell>
            <TableCell className="text-right tabular-nums">{formatNumber(a.vendorSmdUm)}</TableCell>
            <TableCell className="text-muted-foreground">{a.materials.join(", ") || "—"}</TableCell>
            <TableCell className="text-right tabular-nums">{formatUsd(a.priceUsd)}</TableCell>
            <TableCell className="text-right tabular-nums">
              {a.stockUnits > 0 ? a.stockUnits.toLocaleString("en-US") : <Badge variant="warning">Out</Badge>}
            </TableCell>
            <TableCell className="text-right tabular-nums">{a.leadDays ?? "—"}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
