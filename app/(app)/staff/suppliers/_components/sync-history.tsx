"use client";

import { RefreshCw } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { SUPPLIER_LABELS } from "@/components/format/catalog";
import { formatDateTime } from "@/components/format/dates";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { STICKY_FIRST_COLUMN, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { errorMessage } from "@/lib/http/client";
import { type SupplierSyncRun, useRequestSupplierSync, useSupplierSyncRuns } from "@/lib/platform/hooks";

function duration(run: SupplierSyncRun): string {
  if (!run.finishedAt) return "running…";
  const seconds = (Date.parse(run.finishedAt) - Date.parse(run.startedAt)) / 1000;
  return seconds < 60 ? `${seconds.toFixed(1)} s` : `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

const STATUS = { running: "default", succeeded: "success", failed: "destructive" } as const;

/** Staff: every sync of the suppliers' price lists, and a button to run one now. */
export function SyncHistory({ initialRuns }: { initialRuns: SupplierSyncRun[] }) {
  const [watching, setWatching] = useState(false);
  const runs = useSupplierSyncRuns(initialRuns, watching);
  const request = useRequestSupplierSync();
  const items = runs.data ?? [];

  function syncNow() {
    request.mutate(undefined, {
      onSuccess: () => {
        setWatching(true);
        setTimeout(() => setWatching(false), 60_000);
        toast.success("Sync started", { description: "Both suppliers' price lists are being pulled; this page updates as they finish." });
      },
      onError: (error) => toast.error("Could not start the sync", { description: errorMessage(error) }),
    });
  }

  return (
    <Card>
      <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-4">
        <div className="grid gap-1">
          <CardTitle>Price and stock sync</CardTitle>
          <CardDescription>
            Every 4 hours both suppliers' price, stock and lead-time lists are pulled in bulk into the catalog. A supplier that fails keeps
            its previous values; the catalog shows when each was last synced.
          </CardDescription>
        </div>
        <Button type="button" onClick={syncNow} loading={request.isPending}>
          {request.isPending ? null : <RefreshCw aria-hidden="true" />}
          Sync now
        </Button>
      </CardHeader>
      <CardContent>
        {items.length === 0 ? (
          <EmptyState icon={RefreshCw} title="No syncs yet" description="The first runs within 4 hours of start, or press Sync now." />
        ) : (
          <Table aria-label="Sync runs">
            <TableHeader>
              <TableRow>
                <TableHead className={STICKY_FIRST_COLUMN}>Started</TableHead>
                <TableHead>Supplier</TableHead>
                <TableHead>Why</TableHead>
                <TableHead>Result</TableHead>
                <TableHead className="text-right">Duration</TableHead>
                <TableHead className="text-right">Pages</TableHead>
                <TableHead className="text-right">SKUs seen</TableHead>
                <TableHead className="text-right">Changed</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((run) => (
                <TableRow key={run.id}>
                  <TableCell className={`${STICKY_FIRST_COLUMN} whitespace-nowrap`}>{formatDateTime(run.startedAt)}</TableCell>
                  <TableCell>{SUPPLIER_LABELS[run.supplier]}</TableCell>
                  <TableCell>{run.trigger === "staff" ? "Sync now" : "Schedule"}</TableCell>
                  <TableCell>
                    <Badge variant={STATUS[run.status as keyof typeof STATUS] ?? "secondary"}>{run.status}</Badge>
                    {run.error ? <span className="mt-1 block max-w-xs text-xs text-destructive">{run.error}</span> : null}
                  </TableCell>
                  <TableCell className="text-right tabular-nums">{duration(run)}</TableCell>
                  <TableCell className="text-right tabular-nums">{run.pages.toLocaleString("en-US")}</TableCell>
                  <TableCell className="text-right tabular-nums">{run.rowsSeen.toLocaleString("en-US")}</TableCell>
                  <TableCell className="text-right tabular-nums">{run.rowsChanged.toLocaleString("en-US")}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
