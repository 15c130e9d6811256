"use client";

import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { AnalyticsFilters as Filters } from "@/lib/analytics/hooks";

const SPRAY_TYPES = [
  ["hollow_cone", "Hollow cone"],
  ["full_cone", "Full cone"],
  ["flat_fan", "Flat fan"],
  ["fine_mist", "Fine mist"],
  ["solid_stream", "Solid stream"],
] as const;

const FLUID_CLASSES = [
  ["thin", "Thin (≤ 5 cP)"],
  ["medium", "Medium (5–50 cP)"],
  ["viscous", "Viscous (> 50 cP)"],
] as const;

type AnalyticsFiltersProps = {
  value: Filters;
  onChange: (change: Partial<Filters>) => void;
  onReset: () => void;
  skus: string[];
  error: string | null;
};

export function AnalyticsFilters({ value, onChange, onReset, skus, error }: AnalyticsFiltersProps) {
  const invalid = error ? true : undefined;
  return (
    <div role="group" aria-label="Analytics filters" className="grid grid-cols-2 items-end gap-3 sm:flex sm:flex-wrap">
      <FormField id="analytics-from" label="From" className="sm:w-40">
        <Input
          id="analytics-from"
          type="date"
          value={value.from}
          max={value.to || undefined}
          aria-invalid={invalid}
          onChange={(e) => onChange({ from: e.target.value })}
        />
      </FormField>
      <FormField id="analytics-to" label="To" className="sm:w-40">
        <Input
          id="analytics-to"
          type="date"
          value={value.to}
          min={value.from || undefined}
          aria-invalid={invalid}
          onChange={(e) => onChange({ to: e.target.value })}
        />
      </FormField>
      <FormField id="analytics-sku" label="SKU" className="col-span-2 sm:w-64">
        <Select id="analytics-sku" value={value.sku} onChange={(e) => onChange({ sku: e.target.value })}>
          <option value="">All SKUs</option>
          {[...new Set([...skus, ...(value.sku ? [value.sku] : [])])].map((sku) => (
            <option key={sku} value={sku}>
              {sku}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField id="analytics-spray-type" label="Spray type" className="sm:w-40">
        <Select id="analytics-spray-type" value={value.sprayType} onChange={(e) => onChange({ sprayType: e.target.value })}>
          <option value="">All types</option>
          {SPRAY_TYPES.map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField id="analytics-fluid-class" label="Fluid class" className="sm:w-44">
        <Select id="analytics-fluid-class" value={value.fluidClass} onChange={(e) => onChange({ fluidClass: e.target.value })}>
          <option value="">All fluids</option>
          {FLUID_CLASSES.map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField id="analytics-bucket" label="Trend by" className="sm:w-32">
        <Select id="analytics-bucket" value={value.bucket} onChange={(e) => onChange({ bucket: e.target.value })}>
          <option value="month">Month</option>
          <option value="week">Week</option>
        </Select>
      </FormField>
      <Button type="button" variant="outline" onClick={onReset}>
        Clear filters
      </Button>
      {error ? (
        <p role="alert" className="col-span-2 basis-full text-xs font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
