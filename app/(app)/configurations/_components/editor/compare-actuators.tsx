"use client";

import { X } from "lucide-react";
import dynamic from "next/dynamic";
import { ChartLoading } from "@/components/charts/chart-loading";
import { SPRAY_TYPE_LABELS, SUPPLIER_LABELS } from "@/components/format/catalog";
import { formatInterval, formatNumber, formatUsd } from "@/components/format/numbers";
import { Button } from "@/components/ui/button";
import { STICKY_FIRST_COLUMN, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { RankedActuatorResult } from "@/lib/configurations/hooks";

// Charts load with their own code after the page is interactive (Recharts is heavy).
const DistributionCompareChart = dynamic(
  () => import("@/components/charts/distribution-compare-chart").then((m) => m.DistributionCompareChart),
  { ssr: false, loading: ChartLoading },
);

type Metric = { label: string; value: (a: RankedActuatorResult) => string };

const percent = (share: number | undefined) => (share === undefined ? "—" : `${formatNumber(share * 100, 2)}%`);

const METRICS: Metric[] = [
  { label: "Supplier · type", value: (a) => `${SUPPLIER_LABELS[a.supplier]} · ${SPRAY_TYPE_LABELS[a.sprayType]}` },
  { label: "Pressure (bar)", value: (a) => formatNumber(a.requiredPressureBar.p50) },
  { label: "Flow (ml/min)", value: (a) => formatNumber(a.flowMlMin.p50) },
  { label: "Dv50 (µm)", value: (a) => `${formatNumber(a.dv50Um.p50)} (P10–P90 ${formatInterval(a.dv50Um)})` },
  { label: "Dv10 / Dv90 (µm)", value: (a) => `${formatNumber(a.dv10Um.p50)} / ${formatNumber(a.dv90Um.p50)}` },
  { label: "Volume below 150 µm", value: (a) => percent(a.volumeFractionBelow?.um150) },
  { label: "Cone (deg)", value: (a) => formatNumber(a.coneDeg.p50) },
  { label: "Price", value: (a) => formatUsd(a.priceUsd) },
  { label: "Stock", value: (a) => (a.stockUnits === undefined ? "—" : a.stockUnits.toLocaleString("en-US")) },
  { label: "Score", value: (a) => String(Math.round(a.score)) },
];

type CompareActuatorsProps = {
  actuators: RankedActuatorResult[];
  targetUm: number | null;
  onRemove: (sku: string) => void;
  onClear: () => void;
};

/** Two to four actuators of the ranking side by side: their predictions and offers, and their distributions on one chart. */
export function CompareActuators({ actuators, targetUm, onRemove, onClear }: CompareActuatorsProps) {
  return (
    <section aria-label="Compared actuators" className="grid gap-4 rounded-lg border border-border p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-sm font-semibold">Comparing {actuators.length} actuators</h3>
        <Button type="button" variant="ghost" size="sm" onClick={onClear}>
          Clear comparison
        </Button>
      </div>
      <Table aria-label="Actuators compared">
        <TableHeader>
          <TableRow>
            <TableHead className={STICKY_FIRST_COLUMN}>
              <span className="sr-only">Measure</span>
            </TableHead>
            {actuators.map((a) => (
              <TableHead key={a.sku} className="whitespace-nowrap normal-case">
                <span className="inline-flex items-center gap-1 font-mono text-xs">
                  {a.sku}
                  <Button
                    type="button"
                    variant="ghost"
                    size="icon"
                    className="size-6"
                    aria-label={`Stop comparing ${a.sku}`}
                    onClick={() => onRemove(a.sku)}
                  >
                    <X className="size-3" aria-hidden="true" />
                  </Button>
                </span>
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {METRICS.map((metric) => (
            <TableRow key={metric.label}>
              <TableCell className={`${STICKY_FIRST_COLUMN} whitespace-nowrap text-muted-foreground`}>{metric.label}</TableCell>
              {actuators.map((a) => (
                <TableCell key={a.sku} className="whitespace-nowrap tabular-nums">
                  {metric.value(a)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <DistributionCompareChart
        series={actuators.map((a) => ({ sku: a.sku, smdUm: a.smdUm.p50, rosinRammlerQ: a.rosinRammlerQ, dv50Um: a.dv50Um.p50 }))}
        targetUm={targetUm}
      />
    </section>
  );
}
