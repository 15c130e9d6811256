"use client";

import dynamic from "next/dynamic";
import { ChartLoading } from "@/components/charts/chart-loading";
import { WhenSeen } from "@/components/charts/when-seen";
import { Skeleton } from "@/components/ui/skeleton";
import { type CatalogActuator, useActuatorBySku } from "@/lib/catalog/hooks";
import type { RankedActuatorResult } from "@/lib/configurations/hooks";
import { errorMessage } from "@/lib/http/client";
import type { Actuator } from "@/lib/prediction/schemas";
import { DropletSummary } from "./droplet-summary";

// Charts load with their own code after the page is interactive (Recharts is heavy).
const DropletDistributionChart = dynamic(
  () => import("@/components/charts/droplet-distribution-chart").then((m) => m.DropletDistributionChart),
  { ssr: false, loading: ChartLoading },
);
const FlowPressureChart = dynamic(() => import("@/components/charts/flow-pressure-chart").then((m) => m.FlowPressureChart), {
  ssr: false,
  loading: ChartLoading,
});

export type ChartContext = {
  densityKgM3: number;
  flowMlMin: number | null;
  dropletUm: number | null;
  coneDeg: number | null;
  maxPressureBar: number | null;
};

// The catalog's own exponents, so the curve is the one the engine ranked with.
function toEngineActuator(a: CatalogActuator): Actuator {
  return {
    sku: a.sku,
    supplier: a.supplier,
    sprayType: a.sprayType,
    orificeDiameterMm: a.orificeDiameterMm,
    refFlowMlMin: a.refFlowMlMin,
    refPressureBar: a.refPressureBar,
    flowExponent: a.flowExponent,
    nominalConeDeg: a.nominalConeDeg,
    maxPressureBar: a.maxPressureBar,
    vendorSmdUm: a.vendorSmdUm,
    rosinRammlerQ: a.rosinRammlerQ,
  };
}

export function ActuatorCharts({ actuator, context }: { actuator: RankedActuatorResult; context: ChartContext }) {
  const catalog = useActuatorBySku(actuator.sku);
  return (
    <section aria-label={`Charts for ${actuator.sku}`} className="grid gap-4 lg:grid-cols-2">
      <DropletSummary actuator={actuator} />
      <WhenSeen>
        <DropletDistributionChart
          smdUm={actuator.smdUm.p50}
          rosinRammlerQ={actuator.rosinRammlerQ}
          dv10Um={actuator.dv10Um.p50}
          dv50Um={actuator.dv50Um.p50}
          dv90Um={actuator.dv90Um.p50}
          targetUm={context.dropletUm}
        />
      </WhenSeen>
      {catalog.isPending ? <Skeleton className="h-72" /> : null}
      {catalog.isError ? <p className="text-sm text-destructive">Could not load the catalog entry: {errorMessage(catalog.error)}</p> : null}
      {catalog.isSuccess && !catalog.data ? (
        <p className="text-sm text-muted-foreground">{actuator.sku} is no longer in the catalog.</p>
      ) : null}
      {catalog.data ? (
        <WhenSeen>
          <FlowPressureChart
            actuator={toEngineActuator(catalog.data)}
            densityKgM3={context.densityKgM3}
            operatingPoint={{ pressureBar: actuator.requiredPressureBar.p50, flowMlMin: actuator.flowMlMin.p50 }}
            targetFlowMlMin={context.flowMlMin}
            maxPressureBar={context.maxPressureBar}
          />
        </WhenSeen>
      ) : null}
    </section>
  );
}
