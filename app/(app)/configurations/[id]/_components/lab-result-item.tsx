"use client";

import { Pencil, Trash2 } from "lucide-react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { type FeedbackItem, useDeleteFeedback } from "@/lib/feedback/hooks";
import { errorMessage } from "@/lib/http/client";

const round = (v: number) => (v >= 100 ? Math.round(v).toString() : v.toPrecision(3).replace(/\.?0+$/, ""));
const interval = (i: { p10: number; p50: number; p90: number }, unit: string) => `${round(i.p50)}${unit} (${round(i.p10)}–${round(i.p90)})`;

function conditionsOf(item: FeedbackItem): string {
  const c = item.testConditions;
  return [
    `${c.pressureBar} bar`,
    c.temperatureC != null ? `${c.temperatureC} °C` : null,
    c.humidityPct != null ? `${c.humidityPct} % RH` : null,
    c.batch ? `batch ${c.batch}` : null,
    c.instrument || null,
  ]
    .filter(Boolean)
    .join(" · ");
}

function MatchBadge({ matched }: { matched: boolean | null }) {
  if (matched === null) return <Badge variant="secondary">Not compared</Badge>;
  return matched ? <Badge variant="success">Matched</Badge> : <Badge variant="destructive">Outside P10–P90</Badge>;
}

/** One measured-against-predicted comparison, as a row of the definition list. */
function Comparison({ label, measured, predicted }: { label: string; measured: string | null; predicted: string }) {
  return (
    <div className="grid grid-cols-[6rem_1fr] gap-2 text-sm">
      <dt className="text-muted-foreground">{label}</dt>
      <dd>
        <span className="font-medium">{measured ?? "—"}</span> <span className="text-muted-foreground">predicted {predicted}</span>
      </dd>
    </div>
  );
}

type LabResultItemProps = { item: FeedbackItem; configurationId: string; onEdit: (item: FeedbackItem) => void };

export function LabResultItem({ item, configurationId, onEdit }: LabResultItemProps) {
  const remove = useDeleteFeedback(configurationId);
  const m = item.measured;
  const droplet = m.dv50Um != null ? `${round(m.dv50Um)} µm` : m.dropletSizeRangeUm ? `${m.dropletSizeRangeUm} µm` : null;
  return (
    <li className="grid gap-3 py-4" data-testid="lab-result">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex min-w-0 flex-wrap items-center gap-2">
          <span className="font-mono text-sm font-medium break-all">{item.actuatorSku}</span>
          <MatchBadge matched={item.predictionMatched} />
          {item.passFail !== "unknown" ? <Badge variant="outline">{item.passFail === "pass" ? "Pass" : "Fail"}</Badge> : null}
        </div>
        {item.access.edit || item.access.delete ? (
          <div className="flex gap-1">
            {item.access.edit ? (
              <Button variant="ghost" size="sm" onClick={() => onEdit(item)} aria-label={`Edit the result for ${item.actuatorSku}`}>
                <Pencil aria-hidden="true" />
                Edit
              </Button>
            ) : null}
            {item.access.delete ? (
              <ConfirmDialog
                trigger={
                  <Button variant="ghost" size="sm" aria-label={`Delete the result for ${item.actuatorSku}`}>
                    <Trash2 aria-hidden="true" />
                    Delete
                  </Button>
                }
                title="Delete this lab result?"
                description={`The result for ${item.actuatorSku} at ${item.testConditions.pressureBar} bar is removed, and leaves the accuracy figures.`}
                confirmLabel="Delete result"
                tone="destructive"
                onConfirm={() =>
                  remove.mutateAsync(item.id).then(
                    () => toast.success("Lab result deleted"),
                    (error) => {
                      toast.error("Could not delete the lab result", { description: errorMessage(error) });
                      throw error;
                    },
                  )
                }
              />
            ) : null}
          </div>
        ) : null}
      </div>
      <p className="text-xs text-muted-foreground">
        {conditionsOf(item)} · {new Date(item.createdAt).toLocaleDateString()} · model {item.predicted.modelVersion}
      </p>
      <dl className="grid gap-1">
        <Comparison label="Dv50" measured={droplet} predicted={interval(item.predicted.dv50Um, " µm")} />
        <Comparison
          label="Cone"
          measured={m.coneDeg != null ? `${round(m.coneDeg)}°` : null}
          predicted={interval(item.predicted.coneDeg, "°")}
        />
        <Comparison
          label="Flow"
          measured={m.flowMlMin != null ? `${round(m.flowMlMin)} ml/min` : null}
          predicted={interval(item.predicted.flowMlMin, " ml/min")}
        />
      </dl>
      {item.issueDescription ? <p className="text-sm whitespace-pre-line">{item.issueDescription}</p> : null}
    </li>
  );
}
