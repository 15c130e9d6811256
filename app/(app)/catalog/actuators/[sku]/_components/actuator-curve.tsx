"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { ChartLoading } from "@/components/charts/chart-loading";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { parseDecimalText } from "@/lib/http/text";
import { computeFlowM3s } from "@/lib/prediction/flow";
import type { Actuator } from "@/lib/prediction/schemas";
import { convertBarToPa, convertM3sToMlMin } from "@/lib/prediction/units";

// Charts load with their own code after the page is interactive (Recharts is heavy).
const FlowPressureChart = dynamic(() => import("@/components/charts/flow-pressure-chart").then((m) => m.FlowPressureChart), {
  ssr: false,
  loading: ChartLoading,
});

const WATER_DENSITY = 998;

/** Flow against pressure for a liquid of the density typed (water by default). */
export function ActuatorCurve({ actuator }: { actuator: Actuator }) {
  const [density, setDensity] = useState(String(WATER_DENSITY));
  const parsed = parseDecimalText(density);
  const valid = parsed !== null && Number.isFinite(parsed) && parsed >= 500 && parsed <= 2000;
  const densityKgM3 = valid ? parsed : WATER_DENSITY;
  const flowMlMin = convertM3sToMlMin(computeFlowM3s(actuator, convertBarToPa(actuator.refPressureBar), densityKgM3));
  return (
    <Card>
      <CardHeader>
        <CardTitle>Predicted flow</CardTitle>
        <CardDescription>
          For your own fluid and targets, rank it in a configuration; here, flow against pressure for a density.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <FormField
          id="curve-density"
          label="Liquid density (kg/m³)"
          className="max-w-xs"
          error={valid ? undefined : "Density must be between 500 kg/m³ and 2,000 kg/m³"}
        >
          <Input id="curve-density" inputMode="decimal" value={density} onChange={(e) => setDensity(e.target.value)} />
        </FormField>
        <FlowPressureChart
          actuator={actuator}
          densityKgM3={densityKgM3}
          operatingPoint={{ pressureBar: actuator.refPressureBar, flowMlMin }}
        />
      </CardContent>
    </Card>
  );
}
