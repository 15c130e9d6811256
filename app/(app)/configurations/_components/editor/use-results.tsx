"use client";

import type { ReactNode } from "react";
import { FLAG_LABELS } from "@/components/format/catalog";
import { useDebouncedValue } from "@/components/hooks/use-debounced-value";
import { type Configuration, type PredictRequestBody, usePrediction } from "@/lib/configurations/hooks";
import { ApiError, errorMessage } from "@/lib/http/client";
import type { ChartContext } from "./actuator-charts";
import { type EditorValues, toEditorValues, toPredictBody } from "./form-values";

function describeProblem(error: unknown): ReactNode {
  if (error instanceof ApiError && error.details.length > 0) {
    return (
      <>
        <p className="font-medium">These inputs are outside what the engine accepts:</p>
        <ul className="mt-1 list-disc pl-5">
          {error.details.map((d, i) => (
            <li key={`${d.path ?? ""}-${i}`}>{d.message}</li>
          ))}
        </ul>
      </>
    );
  }
  return errorMessage(error);
}

function toContext(body: PredictRequestBody): ChartContext {
  return {
    densityKgM3: body.fluid.densityKgM3,
    flowMlMin: body.targets.flowMlMin ?? null,
    dropletUm: body.targets.dropletUm ?? null,
    maxPressureBar: body.targets.maxPressureBar ?? null,
  };
}

/**
 * The results to show for the inputs on screen: the saved ranking while they match the saved
 * configuration, otherwise a live prediction requested once typing pauses.
 */
export function useResults(values: EditorValues, saved: Configuration | null) {
  const body = toPredictBody(values);
  const key = JSON.stringify(body);
  const useSaved = saved !== null && key === JSON.stringify(toPredictBody(toEditorValues(saved)));
  const debouncedKey = useDebouncedValue(key, 400);
  const debouncedBody = useSaved ? null : (JSON.parse(debouncedKey) as PredictRequestBody | null);
  const prediction = usePrediction(debouncedBody);
  const context = body ? toContext(body) : null;

  if (saved && useSaved) {
    const count = saved.compatibleActuators.length;
    return {
      ranked: saved.compatibleActuators,
      summary: `Saved ranking: the best ${count} ${count === 1 ? "actuator" : "actuators"}${saved.modelVersion ? `, model ${saved.modelVersion}` : ""}.${saved.access.edit ? " Change an input to preview a new ranking." : ""}`,
      loading: false,
      updating: false,
      problem: null,
      context,
    };
  }
  if (!body) {
    return { ranked: null, summary: "Enter the fluid's viscosity, density and surface tension to rank actuators.", loading: false, updating: false, problem: null, context };
  }
  const data = prediction.isError ? undefined : prediction.data;
  const flags = data?.fluidFlags.map((f) => FLAG_LABELS[f]).join(", ");
  return {
    ranked: data?.ranked ?? null,
    summary: data
      ? `${data.feasibleCount} of ${data.evaluatedCount} actuators can meet these targets; showing the best ${data.ranked.length}.${flags ? ` Fluid: ${flags}.` : ""}`
      : prediction.isError
        ? "No ranking for these inputs."
        : "Ranking actuators…",
    loading: prediction.isPending && prediction.fetchStatus === "fetching" && !data,
    updating: Boolean(data) && (prediction.isFetching || key !== debouncedKey),
    problem: prediction.isError ? describeProblem(prediction.error) : null,
    context,
  };
}
