"use client";

import type { EditorForm } from "./form-values";
import { UnitInput } from "./unit-input";

const FIELDS = [
  { name: "flowMlMin", label: "Flow rate", unit: "ml/min", hint: "The engine solves for the pressure that gives it" },
  { name: "dropletUm", label: "Droplet size Dv50", unit: "µm", hint: "Whole micrometres" },
  { name: "coneDeg", label: "Spray cone angle", unit: "deg", hint: "Whole degrees, 5–170" },
  { name: "maxPressureBar", label: "Maximum pressure", unit: "bar", hint: "Whole bar, at least 1" },
] as const;

export function TargetFields({ form }: { form: EditorForm }) {
  const errors = form.formState.errors.targets;
  return (
    <fieldset className="grid gap-4">
      <legend className="mb-4 text-sm font-semibold">
        Spray targets <span className="font-normal text-muted-foreground">(leave blank for no target)</span>
      </legend>
      <div className="grid gap-4 sm:grid-cols-2">
        {FIELDS.map((field) => (
          <UnitInput
            key={field.name}
            id={`targets-${field.name}`}
            label={field.label}
            unit={field.unit}
            hint={field.hint}
            error={errors?.[field.name]?.message}
            registration={form.register(`targets.${field.name}`)}
          />
        ))}
      </div>
    </fieldset>
  );
}
