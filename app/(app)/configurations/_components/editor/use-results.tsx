"use client";

import type { ReactNode } from "react";
import { formatNumber } from "@/components/format/numbers";
import { useDebouncedValue } from "@/components/hooks/use-debounced-value";
import { type Configuration, type PredictRequestBody, type PredictResponse, usePrediction } from "@/lib/configurations/hooks";
import { ApiError, errorMessage } from "@/lib/http/client";
import { MODEL_VERSION } from "@/lib/prediction/model-version";
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

/** Why nothing fits: how many actuators each pressure limit ruled out, and the nearest miss. */
function explainNoMatch(data: PredictResponse, maxPressureBar: number | null): string {
  const { byReason, items } = data.rejected;
  const parts: string[] = [];
  if (byReason.above_target_max_pressure > 0) parts.push(`${byReason.above_target_max_pressure} need more than your ${maxPressureBar} bar`);
  if (byReason.above_actuator_max_pressure > 0) parts.push(`${byReason.above_actuator_max_pressure} would run above their own rating`);
  if (byReason.below_min_pressure > 0) parts.push(`${byReason.below_min_pressure} would run below the pressure a spray needs to form`);
  const above = items.filter((r) => r.reason !== "below_min_pressure").map((r) => r.requiredPressureBar);
  const nearest = above.length > 0 ? ` The nearest needs ${formatNumber(Math.min(...above))} bar.` : "";
  const why = parts.length > 0 ? `For this flow, ${parts.join("; ")}.${nearest}` : "";
  return `${why} Raise the maximum pressure or lower the flow target to see candidates.`.trim();
}

function toContext(body: PredictRequestBody): ChartContext {
  return {
    densityKgM3: body.fluid.densityKgM3,
    flowMlMin: body.targets?.flowMlMin ?? null,
    dropletUm: body.targets?.dropletUm ?? null,
    coneDeg: body.targets?.coneDeg ?? null,
    maxPressureBar: body.targets?.maxPressureBar ?? null,
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
    // A ranking keeps the model it was made with; say when the engine has moved on since.
    const outdated = saved.modelVersion && saved.modelVersion !== MODEL_VERSION ? ` The current model is ${MODEL_VERSION}.` : "";
    return {
      ranked: saved.compatibleActuators,
      noMatch: null,
      summary: `Saved ranking: the best ${count} ${count === 1 ? "actuator" : "actuators"}${saved.modelVersion ? `, model ${saved.modelVersion}` : ""}.${outdated}${saved.access.edit ? " Change an input to preview a new ranking." : ""}`,
      loading: false,
      updating: false,
      problem: null,
      context,
    };
  }
  if (!body) {
    return {
      ranked: null,
      noMatch: null,
      summary: "Enter the fluid's viscosity, density and surface tension to rank actuators.",
      loading: false,
      updating: false,
      problem: null,
      context,
    };
  }
  const data = prediction.isError ? undefined : prediction.data;
  return {
    ranked: data?.ranked ?? null,
    noMatch: data && data.ranked.length === 0 ? explainNoMatch(data, body.targets?.maxPressureBar ?? null) : null,
    summary: data
      ? data.feasibleCount === 0
        ? `None of the ${data.evaluatedCount} actuators can meet these targets.`
        : `${data.feasibleCount} of ${data.evaluatedCount} actuators can meet these targets; showing the best ${data.ranked.length}.`
      : prediction.isError
        ? "No ranking for these inputs."
        : "Ranking actuators…",
    loading: prediction.isPending && prediction.fetchStatus === "fetching" && !data,
    updating: Boolean(data) && (prediction.isFetching || key !== debouncedKey),
    problem: prediction.isError ? describeProblem(prediction.error) : null,
    context,
  };
}
