"use client";

import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { type ReactNode, useState } from "react";
import { cn } from "@/components/ui/cn";
import { STICKY_FIRST_COLUMN, STICKY_SECOND_COLUMN, Table, TableBody, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { RankedActuatorResult } from "@/lib/configurations/hooks";
import { nextRankingSort, type RankingSort, type RankingSortKey, sortRanking } from "@/lib/configurations/sort-ranking";
import { ResultRow } from "./result-row";

type ResultsTableProps = {
  ranked: RankedActuatorResult[];
  selectedSku: string | null;
  onSelect: (sku: string) => void;
  onShowCharts: (sku: string) => void;
  compared: string[];
  onToggleCompare: (sku: string) => void;
};

/** How many actuators are compared side by side at most. */
export const MAX_COMPARED = 4;

const ENGINE_ORDER: RankingSort = { key: "rank", direction: "asc" };

type SortHeaderProps = {
  column: RankingSortKey;
  sort: RankingSort;
  onSort: (key: RankingSortKey) => void;
  className?: string;
  children: ReactNode;
};

/** A column header that sorts the table (ascending, descending, then back to the engine's order). */
function SortHeader({ column, sort, onSort, className, children }: SortHeaderProps) {
  const active = sort.key === column;
  const Icon = active ? (sort.direction === "asc" ? ArrowUp : ArrowDown) : ArrowUpDown;
  return (
    <TableHead className={className} aria-sort={active ? (sort.direction === "asc" ? "ascending" : "descending") : "none"}>
      <button
        type="button"
        onClick={() => onSort(column)}
        className={cn(
          "inline-flex items-center gap-1 rounded-sm uppercase hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
          active && "text-foreground",
        )}
      >
        {children}
        <Icon className="size-3" aria-hidden="true" />
      </button>
    </TableHead>
  );
}

export function ResultsTable({ ranked, selectedSku, onSelect, onShowCharts, compared, onToggleCompare }: ResultsTableProps) {
  const [sort, setSort] = useState<RankingSort>(ENGINE_ORDER);
  const onSort = (key: RankingSortKey) => setSort((current) => nextRankingSort(current, key));
  const header = { sort, onSort };
  return (
    <Table aria-label="Ranked actuators">
      <TableHeader>
        <TableRow>
          <SortHeader column="rank" {...header} className={cn(STICKY_FIRST_COLUMN, "w-10 min-w-10")}>
            #
          </SortHeader>
          <TableHead className={STICKY_SECOND_COLUMN}>
            SKU <span className="normal-case">· supplier, type</span>
          </TableHead>
          <SortHeader column="pressure" {...header} className="text-right">
            Pressure <span className="normal-case">(bar)</span>
          </SortHeader>
          <SortHeader column="flow" {...header} className="text-right">
            Flow <span className="normal-case">(ml/min)</span>
          </SortHeader>
          <SortHeader column="dv50" {...header} className="text-right">
            Dv50 <span className="normal-case">(µm) P10–P90</span>
          </SortHeader>
          <TableHead>
            Class <span className="normal-case">· &lt;150 µm, span</span>
          </TableHead>
          <SortHeader column="cone" {...header} className="text-right">
            Cone <span className="normal-case">(deg)</span>
          </SortHeader>
          <TableHead>Flags</TableHead>
          <SortHeader column="price" {...header} className="text-right">
            Price
          </SortHeader>
          <SortHeader column="stock" {...header} className="text-right">
            Stock
          </SortHeader>
          <TableHead>Score</TableHead>
          <TableHead>Compare</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {sortRanking(ranked, sort).map(({ item, rank }) => (
          <ResultRow
            key={item.sku}
            rank={rank}
            actuator={item}
            selected={item.sku === selectedSku}
            onSelect={() => onSelect(item.sku)}
            onShowCharts={() => onShowCharts(item.sku)}
            compared={compared.includes(item.sku)}
            canCompare={compared.length < MAX_COMPARED}
            onToggleCompare={() => onToggleCompare(item.sku)}
          />
        ))}
      </TableBody>
    </Table>
  );
}
