"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/http/client";
import type { Serialized } from "@/lib/http/serialized";
import type { getCalibrationOverview, recalibrateNow } from "./calibration-service";

// The JSON the calibration API returns, typed from the server functions that build it.
export type CalibrationOverviewResponse = Serialized<Awaited<ReturnType<typeof getCalibrationOverview>>>;
type CalibrationVersion = Serialized<Awaited<ReturnType<typeof recalibrateNow>>>;

const calibrationKey = ["ml", "calibration"] as const;

export function useCalibration(enabled = true) {
  return useQuery({
    queryKey: calibrationKey,
    queryFn: ({ signal }) => apiFetch<CalibrationOverviewResponse>("/api/ml/calibration", { signal }),
    enabled,
  });
}

/** Recalibrate now; stored rankings then show whether they predate it. */
export function useRecalibrate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<CalibrationVersion>("/api/ml/calibration", { method: "POST" }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: calibrationKey }),
        queryClient.invalidateQueries({ queryKey: ["configurations", "detail"] }),
      ]),
  });
}
