"use client";

import { FlaskConical, Plus } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { type ConfigurationFeedbackResponse, type FeedbackItem, useConfigurationFeedback } from "@/lib/feedback/hooks";
import { errorMessage } from "@/lib/http/client";
import { LabResultForm } from "./lab-result-form";
import { LabResultItem } from "./lab-result-item";

type LabResultsProps = { configurationId: string; skus: readonly string[] };

/** Results other organizations measured for the same SKUs and fluid (anonymised, only from 3 organizations). */
function SharedResults({ aggregates }: { aggregates: ConfigurationFeedbackResponse["aggregates"] }) {
  if (aggregates.length === 0) return null;
  return (
    <section aria-labelledby="shared-results" className="mt-4 rounded-md bg-muted/50 p-3 text-sm">
      <h3 id="shared-results" className="mb-1 font-medium">
        Across organizations
      </h3>
      <ul className="grid gap-1">
        {aggregates.map((a) => (
          <li key={a.actuatorSku}>
            <span className="font-mono">{a.actuatorSku}</span>: {a.totalTests} tests from {a.tenantCount} organizations, {a.passCount}{" "}
            passed
            {a.dropletSizeRmse != null ? ` · Dv50 RMSE ${a.dropletSizeRmse} µm` : ""}
            {a.coneAngleRmse != null ? ` · cone RMSE ${a.coneAngleRmse}°` : ""}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The configuration's lab results against their predictions, and a way to record one. */
export function LabResults({ configurationId, skus }: LabResultsProps) {
  const query = useConfigurationFeedback(configurationId);
  const [editing, setEditing] = useState<FeedbackItem | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const canCreate = query.data?.access.create ?? false;

  function openForm(item: FeedbackItem | null) {
    setEditing(item);
    setFormOpen(true);
  }

  return (
    <Card>
      <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-3">
        <div>
          <CardTitle>Lab results</CardTitle>
          <CardDescription>What the lab measured, against the prediction at the tested pressure.</CardDescription>
        </div>
        {canCreate ? (
          <Button onClick={() => openForm(null)} disabled={skus.length === 0}>
            <Plus aria-hidden="true" />
            Record a result
          </Button>
        ) : null}
      </CardHeader>
      <CardContent>
        {query.isPending ? (
          <div role="status" aria-label="Loading lab results" className="grid gap-3">
            <Skeleton className="h-20" />
            <Skeleton className="h-20" />
          </div>
        ) : query.isError ? (
          <ErrorState
            title="Could not load lab results"
            message={errorMessage(query.error)}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        ) : query.data.items.length === 0 ? (
          <EmptyState
            icon={FlaskConical}
            title="No lab results yet"
            description={
              canCreate
                ? "Record what the lab measured for a ranked actuator to see how close the prediction was."
                : "Members who record results can add what the lab measured."
            }
          />
        ) : (
          <ul className="divide-y divide-border">
            {query.data.items.map((item) => (
              <LabResultItem key={item.id} item={item} configurationId={configurationId} onEdit={openForm} />
            ))}
          </ul>
        )}
        {query.data ? <SharedResults aggregates={query.data.aggregates} /> : null}
      </CardContent>
      {formOpen ? (
        <LabResultForm
          key={editing?.id ?? "new"}
          configurationId={configurationId}
          skus={skus}
          item={editing}
          open={formOpen}
          onOpenChange={setFormOpen}
        />
      ) : null}
    </Card>
  );
}
