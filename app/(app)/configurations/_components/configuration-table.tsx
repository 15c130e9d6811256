import Link from "next/link";
import { formatDate } from "@/components/format/dates";
import { formatNumber } from "@/components/format/numbers";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ConfigurationSummary } from "@/lib/configurations/hooks";
import { StatusBadge } from "./status";

function FluidSummary({ fluid }: { fluid: ConfigurationSummary["fluid"] }) {
  return (
    <span className="whitespace-nowrap text-muted-foreground">
      {formatNumber(fluid.viscosityCp)} cP · {formatNumber(fluid.densityKgM3)} kg/m³ · {formatNumber(fluid.surfaceTensionMNm)} mN/m
    </span>
  );
}

export function ConfigurationTable({ items }: { items: ConfigurationSummary[] }) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Tags</TableHead>
          <TableHead>Fluid</TableHead>
          <TableHead className="text-right">Actuators</TableHead>
          <TableHead>Updated</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((item) => (
          <TableRow key={item.id}>
            <TableCell className="font-medium">
              <Link
                href={`/configurations/${item.id}`}
                className="text-primary hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
              >
                {item.name}
              </Link>
              {item.archivedAt ? (
                <Badge variant="outline" className="ml-2">
                  Archived
                </Badge>
              ) : null}
            </TableCell>
            <TableCell>
              <StatusBadge status={item.status} />
            </TableCell>
            <TableCell>
              <span className="flex flex-wrap gap-1">
                {item.tags.length === 0 ? <span className="text-muted-foreground">—</span> : null}
                {item.tags.map((tag) => (
                  <Badge key={tag} variant="secondary">
                    {tag}
                  </Badge>
                ))}
              </span>
            </TableCell>
            <TableCell>
              <FluidSummary fluid={item.fluid} />
            </TableCell>
            <TableCell className="text-right tabular-nums">{item.actuatorCount}</TableCell>
            <TableCell className="whitespace-nowrap text-muted-foreground">{formatDate(item.updatedAt)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
