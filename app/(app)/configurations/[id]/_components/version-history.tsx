"use client";

import { History, RotateCcw } from "lucide-react";
import { toast } from "sonner";
import { formatDateTime } from "@/components/format/dates";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { useConfigurationVersions, useRestoreVersion } from "@/lib/configurations/hooks";
import { errorMessage } from "@/lib/http/client";
import { VersionDiff } from "./version-diff";

type VersionHistoryProps = { id: string; currentVersion: number; canRestore: boolean };

export function VersionHistory({ id, currentVersion, canRestore }: VersionHistoryProps) {
  const versions = useConfigurationVersions(id);
  const restore = useRestoreVersion(id);

  async function onRestore(version: number) {
    try {
      const restored = await restore.mutateAsync(version);
      toast.success(`Restored version ${version}`, { description: `Saved as version ${restored.version}` });
    } catch (error) {
      toast.error(`Could not restore version ${version}`, { description: errorMessage(error) });
      throw error;
    }
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Version history</CardTitle>
        <CardDescription>Every save is kept. Restoring brings an earlier version back as a new one.</CardDescription>
      </CardHeader>
      <CardContent>
        {versions.isPending ? <TableSkeleton columns={3} rows={3} label="Loading versions" /> : null}
        {versions.isError ? (
          <ErrorState
            title="Could not load the history"
            message={errorMessage(versions.error)}
            onRetry={() => void versions.refetch()}
            retrying={versions.isFetching}
          />
        ) : null}
        {versions.data && versions.data.length === 0 ? <EmptyState icon={History} title="No versions recorded" /> : null}
        {versions.data && versions.data.length > 0 ? (
          <ol className="grid gap-3" aria-label="Versions, newest first">
            {versions.data.map((v) => (
              <li key={v.version} className="grid gap-2 rounded-lg border border-border p-3">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <p className="text-sm">
                    <span className="font-semibold">Version {v.version}</span>
                    {v.version === currentVersion ? (
                      <Badge variant="secondary" className="ml-2">
                        Current
                      </Badge>
                    ) : null}
                    <span className="text-muted-foreground">
                      {" "}
                      · {v.changedBy?.name ?? "Someone"} · {formatDateTime(v.createdAt)}
                    </span>
                  </p>
                  {canRestore && v.version !== currentVersion ? (
                    <ConfirmDialog
                      title={`Restore version ${v.version}?`}
                      description="Its name, fluid, targets, tags and status come back as a new version; the ranking is recomputed. Nothing is lost: the current version stays in the history."
                      confirmLabel="Restore"
                      onConfirm={() => onRestore(v.version)}
                      trigger={
                        <Button variant="outline" size="sm" aria-label={`Restore version ${v.version}`}>
                          <RotateCcw aria-hidden="true" />
                          Restore
                        </Button>
                      }
                    />
                  ) : null}
                </div>
                <VersionDiff changes={v.changes} />
              </li>
            ))}
          </ol>
        ) : null}
      </CardContent>
    </Card>
  );
}
