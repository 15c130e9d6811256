import { cn } from "@/components/ui/cn";
import { STICKY_FIRST_COLUMN, STICKY_SECOND_COLUMN, Table, TableBody, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { RankedActuatorResult } from "@/lib/configurations/hooks";
import { ResultRow } from "./result-row";

type ResultsTableProps = { ranked: RankedActuatorResult[]; selectedSku: string | null; onSelect: (sku: string) => void };

export function ResultsTable({ ranked, selectedSku, onSelect }: ResultsTableProps) {
  return (
    <Table aria-label="Ranked actuators">
      <TableHeader>
        <TableRow>
          <TableHead className={cn(STICKY_FIRST_COLUMN, "w-10 min-w-10")}>#</TableHead>
          <TableHead className={STICKY_SECOND_COLUMN}>
            SKU <span className="normal-case">· supplier, type</span>
          </TableHead>
          <TableHead className="text-right">
            Pressure <span className="normal-case">(bar)</span>
          </TableHead>
          <TableHead className="text-right">
            Flow <span className="normal-case">(ml/min)</span>
          </TableHead>
          <TableHead className="text-right">
            Dv50 <span className="normal-case">(µm) P10–P90</span>
          </TableHead>
          <TableHead>
            Class <span className="normal-case">· &lt;150 µm, span</span>
          </TableHead>
          <TableHead className="text-right">
            Cone <span className="normal-case">(deg)</span>
          </TableHead>
          <TableHead>Flags</TableHead>
          <TableHead className="text-right">Price</TableHead>
          <TableHead className="text-right">Stock</TableHead>
          <TableHead>Score</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {ranked.map((actuator, i) => (
          <ResultRow
            key={actuator.sku}
            rank={i + 1}
            actuator={actuator}
            selected={actuator.sku === selectedSku}
            onSelect={() => onSelect(actuator.sku)}
          />
        ))}
      </TableBody>
    </Table>
  );
}
