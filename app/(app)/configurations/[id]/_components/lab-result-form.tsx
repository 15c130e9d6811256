"use client";

import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { describedBy, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { type FeedbackItem, useCreateFeedback, useUpdateFeedback } from "@/lib/feedback/hooks";
import { createFeedbackSchema } from "@/lib/feedback/schemas";
import { ApiError, errorMessage } from "@/lib/http/client";

type Fields = Record<(typeof TEXT_FIELDS)[number]["key"] | "sku" | "passFail" | "rating" | "confidence" | "issue", string>;

// The numeric and short text inputs, keyed by where the schema puts them.
const TEXT_FIELDS = [
  { key: "pressure", path: "testConditions.pressureBar", label: "Pressure (bar)", numeric: true, required: true },
  { key: "temperature", path: "testConditions.temperatureC", label: "Temperature (°C)", numeric: true },
  { key: "humidity", path: "testConditions.humidityPct", label: "Humidity (%)", numeric: true },
  { key: "batch", path: "testConditions.batch", label: "Batch", numeric: false },
  { key: "instrument", path: "testConditions.instrument", label: "Instrument", numeric: false },
  { key: "cone", path: "sprayConeAngleActual", label: "Measured cone angle (°)", numeric: true },
  { key: "flow", path: "flowRateActualMlMin", label: "Measured flow (ml/min)", numeric: true },
  { key: "dv10", path: "dv10Um", label: "Dv10 (µm)", numeric: true },
  { key: "dv50", path: "dv50Um", label: "Dv50 (µm)", numeric: true },
  { key: "dv90", path: "dv90Um", label: "Dv90 (µm)", numeric: true },
  { key: "range", path: "dropletSizeRangeUm", label: "Droplet range (µm)", numeric: false },
] as const;

const CONFIDENCE = [
  ["", "Not given"],
  ["0.25", "Low"],
  ["0.5", "Medium"],
  ["0.75", "High"],
  ["1", "Certain"],
] as const;

const text = (v: number | string | null | undefined) => (v == null ? "" : String(v));

function initialFields(item: FeedbackItem | null, skus: readonly string[]): Fields {
  const c = item?.testConditions;
  const m = item?.measured;
  return {
    sku: item?.actuatorSku ?? skus[0] ?? "",
    pressure: text(c?.pressureBar),
    temperature: text(c?.temperatureC),
    humidity: text(c?.humidityPct),
    batch: text(c?.batch),
    instrument: text(c?.instrument),
    cone: text(m?.coneDeg),
    flow: text(m?.flowMlMin),
    dv10: text(m?.dv10Um),
    dv50: text(m?.dv50Um),
    dv90: text(m?.dv90Um),
    range: text(m?.dropletSizeRangeUm),
    passFail: item?.passFail ?? "unknown",
    rating: text(item?.rating),
    confidence: text(item?.confidence),
    issue: text(item?.issueDescription),
  };
}

const toNumber = (v: string) => (v.trim() === "" ? null : Number(v.replace(",", ".")));
const toText = (v: string) => (v.trim() === "" ? null : v);

/** The request body the fields stand for; the schema (the API's own) judges it. */
function toBody(configurationId: string, f: Fields) {
  const value = (key: (typeof TEXT_FIELDS)[number]["key"]) => {
    const field = TEXT_FIELDS.find((x) => x.key === key)!;
    return field.numeric ? toNumber(f[key]) : toText(f[key]);
  };
  return {
    configurationId,
    actuatorSku: f.sku,
    testConditions: {
      pressureBar: value("pressure") ?? undefined,
      temperatureC: value("temperature"),
      humidityPct: value("humidity"),
      batch: value("batch"),
      instrument: value("instrument"),
    },
    sprayConeAngleActual: value("cone"),
    flowRateActualMlMin: value("flow"),
    dv10Um: value("dv10"),
    dv50Um: value("dv50"),
    dv90Um: value("dv90"),
    dropletSizeRangeUm: value("range"),
    passFail: f.passFail,
    rating: toNumber(f.rating),
    confidence: toNumber(f.confidence),
    issueDescription: toText(f.issue),
  };
}

type LabResultFormProps = {
  configurationId: string;
  skus: readonly string[];
  /** The result to edit; null records a new one. */
  item: FeedbackItem | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
};

/** Records or edits one lab result; validates with the API's schema before sending. */
export function LabResultForm({ configurationId, skus, item, open, onOpenChange }: LabResultFormProps) {
  const [fields, setFields] = useState<Fields>(() => initialFields(item, skus));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useCreateFeedback(configurationId);
  const update = useUpdateFeedback(configurationId);
  const set = (key: keyof Fields) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [key]: e.target.value }));

  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    const parsed = createFeedbackSchema.safeParse(toBody(configurationId, fields));
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message])));
      return;
    }
    setErrors({});
    const { configurationId: _id, ...measurements } = parsed.data;
    const onError = (error: Error) => {
      if (error instanceof ApiError && error.details.length > 0)
        setErrors(Object.fromEntries(error.details.map((d) => [d.path, d.message])));
      toast.error("Could not save the lab result", { description: errorMessage(error) });
    };
    const onSuccess = () => {
      toast.success(item ? "Lab result updated" : "Lab result recorded");
      onOpenChange(false);
    };
    if (item) update.mutate({ id: item.id, input: measurements }, { onSuccess, onError });
    else create.mutate(parsed.data, { onSuccess, onError });
  }

  const skuOptions = item && !skus.includes(item.actuatorSku) ? [item.actuatorSku, ...skus] : skus;
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="max-h-[90dvh] overflow-y-auto">
        <DialogHeader>
          <DialogTitle>{item ? "Edit lab result" : "Record a lab result"}</DialogTitle>
          <DialogDescription>
            The prediction for the tested actuator at the tested pressure is stored beside it; whether it matched is computed.
          </DialogDescription>
        </DialogHeader>
        <form id="lab-result-form" onSubmit={onSubmit} noValidate className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <FormField id="lab-sku" label="Actuator tested" error={errors.actuatorSku} className="sm:col-span-2">
            <Select
              id="lab-sku"
              value={fields.sku}
              onChange={set("sku")}
              aria-describedby={describedBy("lab-sku", { error: errors.actuatorSku })}
            >
              {skuOptions.length === 0 ? <option value="">No ranked actuators</option> : null}
              {skuOptions.map((sku) => (
                <option key={sku} value={sku}>
                  {sku}
                </option>
              ))}
            </Select>
          </FormField>
          {TEXT_FIELDS.map((f) => {
            const id = `lab-${f.key}`;
            const error = errors[f.path];
            return (
              <FormField key={f.key} id={id} label={f.label} error={error} hint={f.key === "range" ? 'e.g. "50-100"' : undefined}>
                <Input
                  id={id}
                  inputMode={f.numeric ? "decimal" : undefined}
                  value={fields[f.key]}
                  onChange={set(f.key)}
                  required={"required" in f}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={describedBy(id, { error, hint: f.key === "range" })}
                />
              </FormField>
            );
          })}
          <FormField id="lab-pass-fail" label="Verdict">
            <Select id="lab-pass-fail" value={fields.passFail} onChange={set("passFail")}>
              <option value="unknown">Not decided</option>
              <option value="pass">Pass</option>
              <option value="fail">Fail</option>
            </Select>
          </FormField>
          <FormField id="lab-rating" label="Rating" error={errors.rating}>
            <Select id="lab-rating" value={fields.rating} onChange={set("rating")}>
              <option value="">No rating</option>
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={String(n)}>
                  {"★".repeat(n)} ({n})
                </option>
              ))}
            </Select>
          </FormField>
          <FormField id="lab-confidence" label="Your confidence in the measurement">
            <Select id="lab-confidence" value={fields.confidence} onChange={set("confidence")}>
              {CONFIDENCE.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField id="lab-issue" label="Issues seen" error={errors.issueDescription} className="sm:col-span-2">
            <textarea
              id="lab-issue"
              value={fields.issue}
              onChange={set("issue")}
              rows={3}
              className="w-full rounded-md border border-input bg-background px-3 py-2 text-sm"
            />
          </FormField>
        </form>
        <DialogFooter>
          <Button variant="outline" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button type="submit" form="lab-result-form" loading={create.isPending || update.isPending}>
            {item ? "Save changes" : "Record result"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
