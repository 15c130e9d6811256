"use client";

import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { MonthRange } from "@/lib/platform/hooks";

type MonthRangeFormProps = { value: MonthRange; onChange: (next: MonthRange) => void; onReset: () => void; error: string | null };

export function MonthRangeForm({ value, onChange, onReset, error }: MonthRangeFormProps) {
  return (
    <div role="group" aria-label="Revenue period" className="flex flex-wrap items-end gap-4">
      <FormField id="revenue-from" label="From" className="w-44">
        <Input
          id="revenue-from"
          type="month"
          placeholder="YYYY-MM"
          value={value.from}
          max={value.to || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "revenue-range-error" : undefined}
          onChange={(e) => onChange({ ...value, from: e.target.value })}
        />
      </FormField>
      <FormField id="revenue-to" label="To" className="w-44">
        <Input
          id="revenue-to"
          type="month"
          placeholder="YYYY-MM"
          value={value.to}
          min={value.from || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "revenue-range-error" : undefined}
          onChange={(e) => onChange({ ...value, to: e.target.value })}
        />
      </FormField>
      <Button type="button" variant="outline" onClick={onReset}>
        Last 12 months
      </Button>
      {error ? (
        <p id="revenue-range-error" role="alert" className="basis-full text-xs font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
