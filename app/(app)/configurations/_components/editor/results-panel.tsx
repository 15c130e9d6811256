"use client";

import { Gauge, Loader2 } from "lucide-react";
import Link from "next/link";
import { type ReactNode, useDeferredValue, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import type { RankedActuatorResult } from "@/lib/configurations/hooks";
import { ActuatorCharts, type ChartContext } from "./actuator-charts";
import { AddToOrder } from "./add-to-order";
import { CompareActuators } from "./compare-actuators";
import { FluidFlags, RankingExplanation } from "./ranking-notes";
import { MAX_COMPARED, ResultsTable } from "./results-table";

type ResultsPanelProps = {
  ranked: RankedActuatorResult[] | null;
  /** Why no actuator fits, when none does. */
  noMatch: string | null;
  summary: ReactNode;
  loading: boolean;
  updating: boolean;
  problem: ReactNode;
  context: ChartContext | null;
  /** The saved configuration the member may order actuators for; null for a preview or a role that does not order. */
  orderFor?: string | null;
};

export function ResultsPanel({
  ranked: latest,
  noMatch,
  summary,
  loading,
  updating,
  problem,
  context,
  orderFor = null,
}: ResultsPanelProps) {
  // A new ranking renders in the background (interruptible), so typing and scrolling never
  // wait for twenty rows and their charts; the previous one stays on screen meanwhile.
  const ranked = useDeferredValue(latest);
  const catchingUp = ranked !== latest;
  const [chosen, setChosen] = useState<string | null>(null);
  const chartsRef = useRef<HTMLDivElement>(null);
  const showCharts = (sku: string) => {
    setChosen(sku);
    const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    chartsRef.current?.scrollIntoView({ behavior: smooth ? "smooth" : "auto", block: "start" });
  };
  const [compared, setCompared] = useState<string[]>([]);
  const selected = ranked?.find((a) => a.sku === chosen) ?? ranked?.[0] ?? null;
  // Only actuators still in the ranking are compared (a change of inputs may drop some).
  const comparedActuators = (ranked ?? []).filter((a) => compared.includes(a.sku));
  const toggleCompare = (sku: string) =>
    setCompared((current) => (current.includes(sku) ? current.filter((s) => s !== sku) : [...current, sku].slice(0, MAX_COMPARED)));

  return (
    <Card>
      <CardHeader>
        <div className="flex items-center justify-between gap-2">
          <CardTitle>Ranked actuators</CardTitle>
          {updating ? (
            <span className="flex items-center gap-1 text-xs text-muted-foreground">
              <Loader2 className="size-3 animate-spin" aria-hidden="true" />
              Updating…
            </span>
          ) : null}
        </div>
        <CardDescription aria-live="polite" aria-atomic="true">
          {summary}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid grid-cols-1 gap-6">
        {problem ? (
          <Alert variant="warning" role="alert">
            <div>{problem}</div>
          </Alert>
        ) : null}
        {loading || (catchingUp && ranked === null) ? <TableSkeleton columns={8} rows={5} label="Ranking actuators" /> : null}
        {ranked && ranked.length === 0 ? (
          <EmptyState
            icon={Gauge}
            title="No actuator meets these targets"
            description={noMatch ?? "Raise the maximum pressure or relax the flow target to see candidates."}
          />
        ) : null}
        {ranked && ranked.length > 0 ? (
          <>
            <FluidFlags ranked={ranked} />
            <div className={updating ? "opacity-60 transition-opacity" : "transition-opacity"}>
              <ResultsTable
                ranked={ranked}
                selectedSku={selected?.sku ?? null}
                onSelect={setChosen}
                onShowCharts={showCharts}
                compared={compared}
                onToggleCompare={toggleCompare}
              />
            </div>
            {comparedActuators.length === 1 ? (
              <p className="text-sm text-muted-foreground">Tick one to three more to compare them side by side.</p>
            ) : null}
            {comparedActuators.length >= 2 ? (
              <CompareActuators
                actuators={comparedActuators}
                targetUm={context?.dropletUm ?? null}
                onRemove={toggleCompare}
                onClear={() => setCompared([])}
              />
            ) : null}
            <RankingExplanation ranked={ranked} dropletTargetUm={context?.dropletUm ?? null} coneTargetDeg={context?.coneDeg ?? null} />
            {selected && context ? (
              <div ref={chartsRef} className="grid scroll-mt-4 gap-2">
                <h3 className="text-sm font-semibold">
                  {selected.sku}{" "}
                  <span className="font-normal text-muted-foreground">
                    — predicted at {context.flowMlMin ? "the target flow" : "the chosen pressure"} ·{" "}
                    <Link href={`/catalog/actuators/${encodeURIComponent(selected.sku)}`} className="text-primary hover:underline">
                      datasheet and suppliers
                    </Link>
                  </span>
                </h3>
                {orderFor ? <AddToOrder configurationId={orderFor} sku={selected.sku} /> : null}
                <ActuatorCharts actuator={selected} context={context} />
              </div>
            ) : null}
          </>
        ) : null}
      </CardContent>
    </Card>
  );
}
