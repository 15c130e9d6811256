"use client";

import { RefreshCw } from "lucide-react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { type Configuration, useUpdateConfiguration } from "@/lib/configurations/hooks";
import { errorMessage } from "@/lib/http/client";

/** Whether the stored ranking was computed before the organization's current calibration. */
export function isRankingStale(configuration: Configuration): boolean {
  const current = configuration.currentCalibrationVersion;
  return current != null && configuration.calibrationVersion !== current;
}

/**
 * Says that the stored ranking predates the current calibration from the lab results, and
 * offers those who may edit to rank again with the same inputs.
 */
export function StaleRanking({
  configuration,
  canRerun,
  onRerun,
}: {
  configuration: Configuration;
  canRerun: boolean;
  onRerun: (saved: Configuration) => void;
}) {
  const update = useUpdateConfiguration(configuration.id);
  const stored = configuration.calibrationVersion;
  const rerun = async () => {
    try {
      const saved = await update.mutateAsync({ rerun: true });
      onRerun(saved);
      toast.success("Ranked again", { description: `With calibration ${saved.calibrationVersion}` });
    } catch (error) {
      toast.error("Could not rank again", { description: errorMessage(error) });
    }
  };
  return (
    <Alert variant="warning" role="status" aria-label="Stored ranking predates the calibration" className="flex-wrap items-center">
      <p className="min-w-0 flex-1">
        {stored === null
          ? "This ranking was computed before your lab results calibrated the predictions"
          : `This ranking used calibration ${stored}`}
        ; the current calibration is version {configuration.currentCalibrationVersion}.
        {canRerun ? "" : " Someone who can edit it can rank it again."}
      </p>
      {canRerun ? (
        <Button type="button" size="sm" variant="outline" loading={update.isPending} onClick={() => void rerun()}>
          {update.isPending ? null : <RefreshCw aria-hidden="true" />}
          Re-run ranking
        </Button>
      ) : null}
      {update.isError ? <p className="w-full text-red-900">Could not rank again: {errorMessage(update.error)}</p> : null}
    </Alert>
  );
}
