"use client";

import { BrainCircuit } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { formatNumber } from "@/components/format/numbers";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { errorMessage } from "@/lib/http/client";
import { type CustomModelItem, useActivateCustomModel, useCustomModels, useTrainCustomModel } from "@/lib/ml/hooks";

const TYPES = [
  { value: "calibration", label: "Calibration (per SKU × fluid class)" },
  { value: "random_forest", label: "Random forest" },
  { value: "neural_net", label: "Neural network" },
] as const;

/** Out-of-sample Dv50 RMSE of the physics and of the model, drawn as two bars. */
function RmseBars({ model }: { model: CustomModelItem }) {
  const m = model.metrics?.dv50Log;
  if (!m || m.baseline === null || m.model === null) return null;
  const top = Math.max(m.baseline, m.model) || 1;
  const bar = (label: string, value: number, tone: string) => (
    <div className="flex items-center gap-2 text-xs">
      <span className="w-16 text-muted-foreground">{label}</span>
      <span className={`h-2 rounded ${tone}`} style={{ width: `${(value / top) * 8}rem` }} aria-hidden="true" />
      <span>{formatNumber(value, 3)}</span>
    </div>
  );
  return (
    <div role="img" aria-label={`Dv50 RMSE: physics ${formatNumber(m.baseline, 3)}, model ${formatNumber(m.model, 3)}`}>
      {bar("Physics", m.baseline, "bg-muted-foreground")}
      {bar("Model", m.model, model.beatsBaseline ? "bg-emerald-600" : "bg-red-600")}
    </div>
  );
}

function ModelRow({ model, canActivate }: { model: CustomModelItem; canActivate: boolean }) {
  const activate = useActivateCustomModel();
  const refusal =
    model.status === "training"
      ? "Still training"
      : model.status === "failed"
        ? "Training failed"
        : model.beatsBaseline
          ? null
          : "Does not beat the physics out of sample";
  const run = async () => {
    try {
      await activate.mutateAsync(model.id);
      toast.success(`${model.name} is active`, { description: "Name it with ?model_id= in predictions" });
    } catch (error) {
      toast.error("Could not activate", { description: errorMessage(error) });
    }
  };
  return (
    <li className="grid gap-2 border-t border-border py-3 sm:grid-cols-[1fr_auto] sm:items-center">
      <div className="grid gap-1">
        <p className="text-sm font-medium">
          {model.name} <span className="font-normal text-muted-foreground">· {model.modelType.replace("_", " ")}</span>
        </p>
        <p className="text-xs text-muted-foreground">
          {model.status === "training" ? `Training… ${Math.round(model.progress * 100)} %` : null}
          {model.status === "failed" ? `Failed: ${model.error ?? "unknown reason"}` : null}
          {model.status === "ready"
            ? `${model.rowCount} results · ${model.metrics?.folds}-fold out-of-sample RMSE, Dv50 in log space`
            : null}
          {model.active ? " · active" : null}
        </p>
        <RmseBars model={model} />
      </div>
      {canActivate && !model.active ? (
        <div className="grid justify-items-end gap-1">
          <Button size="sm" variant="outline" disabled={refusal !== null} loading={activate.isPending} onClick={() => void run()}>
            Activate
          </Button>
          {refusal ? <span className="text-xs text-muted-foreground">{refusal}</span> : null}
        </div>
      ) : null}
    </li>
  );
}

function TrainForm() {
  const train = useTrainCustomModel();
  const [name, setName] = useState("");
  const [type, setType] = useState<(typeof TYPES)[number]["value"]>("random_forest");
  const submit = async () => {
    try {
      const started = await train.mutateAsync({ name: name.trim(), model_type: type });
      toast.success("Training started", { description: `Ready around ${new Date(started.eta).toLocaleTimeString()}` });
      setName("");
    } catch (error) {
      toast.error("Could not start training", { description: errorMessage(error) });
    }
  };
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label htmlFor="custom-model-name" className="grid gap-1 text-sm">
        Name
        <Input id="custom-model-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={100} required className="w-48" />
      </label>
      <label className="grid gap-1 text-sm">
        Type
        <select
          className="h-9 rounded-md border border-input bg-background px-2 text-sm"
          value={type}
          onChange={(e) => setType(e.target.value as typeof type)}
        >
          {TYPES.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
      <Button type="submit" size="sm" loading={train.isPending} disabled={name.trim() === ""}>
        Train on our lab results
      </Button>
    </form>
  );
}

/** The organization's custom residual models (Enterprise): status, accuracy against the physics, train and activate. */
export function CustomModelsCard({ canTrain }: { canTrain: boolean }) {
  const query = useCustomModels();
  const data = query.data;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Custom models</CardTitle>
        <CardDescription>
          Models of what the physics gets wrong for your actuators and liquids, trained on your lab results. Only a model that beats the
          physics out of sample can be activated.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        {query.isPending ? <Skeleton className="h-24" role="status" aria-label="Loading custom models" /> : null}
        {query.isError ? (
          <ErrorState
            title="Could not load custom models"
            message={errorMessage(query.error)}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        ) : null}
        {data && !data.available ? (
          <EmptyState
            icon={BrainCircuit}
            title="An Enterprise feature"
            description="Custom models are part of the Enterprise plan; contact sales to use them."
          />
        ) : null}
        {data?.available && canTrain ? <TrainForm /> : null}
        {data?.available && data.models.length === 0 ? <p className="text-sm text-muted-foreground">No models yet.</p> : null}
        {data?.available && data.models.length > 0 ? (
          <ul aria-label="Custom models">
            {data.models.map((m) => (
              <ModelRow key={m.id} model={m} canActivate={canTrain} />
            ))}
          </ul>
        ) : null}
      </CardContent>
    </Card>
  );
}
