"use client";

import { useState } from "react";
import { formatDegrees, formatLogBias, formatLogRmse } from "@/components/charts/accuracy-format";
import { formatShare } from "@/components/format/numbers";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { AccuracyBreakdownRow, AccuracyReport } from "@/lib/analytics/hooks";

const BREAKDOWNS = [
  ["bySku", "SKU"],
  ["byFluidClass", "Fluid class"],
  ["bySprayType", "Spray type"],
  ["byModelVersion", "Model version"],
] as const;
type Breakdown = (typeof BREAKDOWNS)[number][0];

const label = (key: string | null) => (key ?? "Not in the catalog").replaceAll("_", " ");

/** Bias, RMSE and coverage per SKU, fluid class, spray type or model version. */
export function AccuracyBreakdown({ report }: { report: AccuracyReport }) {
  const [by, setBy] = useState<Breakdown>("bySku");
  const groups: AccuracyBreakdownRow[] = report[by];
  const heading = BREAKDOWNS.find(([id]) => id === by)![1];
  return (
    <div className="grid min-w-0 grid-cols-1 gap-3">
      <FormField id="analytics-breakdown" label="Break down by" className="w-56">
        <Select id="analytics-breakdown" value={by} onChange={(e) => setBy(e.target.value as Breakdown)}>
          {BREAKDOWNS.map(([id, text]) => (
            <option key={id} value={id}>
              {text}
            </option>
          ))}
        </Select>
      </FormField>
      <div className="min-w-0 overflow-x-auto">
        <Table className="whitespace-nowrap">
          <TableHeader>
            <TableRow>
              <TableHead>{heading}</TableHead>
              <TableHead className="text-right">Results</TableHead>
              <TableHead className="text-right">Dv50 bias</TableHead>
              <TableHead className="text-right">Dv50 error</TableHead>
              <TableHead className="text-right">Dv50 in P10–P90</TableHead>
              <TableHead className="text-right">Cone bias</TableHead>
              <TableHead className="text-right">Cone RMSE</TableHead>
              <TableHead className="text-right">Flow bias</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {groups.map((g) => (
              <TableRow key={String(g.key)}>
                <TableCell className="font-medium">{label(g.key)}</TableCell>
                <TableCell className="text-right tabular-nums">{g.n}</TableCell>
                <TableCell className="text-right tabular-nums">{formatLogBias(g.droplet.bias)}</TableCell>
                <TableCell className="text-right tabular-nums">{formatLogRmse(g.droplet.rmse)}</TableCell>
                <TableCell className="text-right tabular-nums">{formatShare(g.droplet.coverage)}</TableCell>
                <TableCell className="text-right tabular-nums">{formatDegrees(g.cone.bias, true)}</TableCell>
                <TableCell className="text-right tabular-nums">{formatDegrees(g.cone.rmse)}</TableCell>
                <TableCell className="text-right tabular-nums">{formatLogBias(g.flow.bias)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
