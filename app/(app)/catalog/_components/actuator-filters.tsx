"use client";

import { SlidersHorizontal } from "lucide-react";
import { useState } from "react";
import { SPRAY_TYPE_LABELS, SUPPLIER_LABELS } from "@/components/format/catalog";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { describedBy, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { EMPTY_ACTUATOR_FILTERS, type ActuatorFilters as Filters } from "@/lib/catalog/hooks";
import { SPRAY_TYPES, SUPPLIERS } from "@/lib/prediction/schemas";

const NUMBER_FIELDS = [
  { key: "orificeMinMm", label: "Orifice from (mm)", unit: "mm" },
  { key: "orificeMaxMm", label: "Orifice to (mm)", unit: "mm" },
  { key: "minPressureBar", label: "Rated to at least (bar)", unit: "bar" },
  { key: "maxPriceUsd", label: "Price up to (USD)", unit: "USD" },
] as const;

type NumberKey = (typeof NUMBER_FIELDS)[number]["key"];
export type FilterProblems = Partial<Record<NumberKey, string>>;

/**
 * The number filters that cannot be sent as typed (not a number, zero or below, a range that
 * ends before it starts), each with what to type instead; the list keeps its last results.
 */
export function findFilterProblems(value: Filters): FilterProblems {
  const problems: FilterProblems = {};
  for (const field of NUMBER_FIELDS) {
    const raw = value[field.key].trim();
    if (raw === "") continue;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0) problems[field.key] = `Enter a number above 0 (${field.unit})`;
  }
  const [min, max] = [Number(value.orificeMinMm), Number(value.orificeMaxMm)];
  if (!problems.orificeMinMm && !problems.orificeMaxMm && value.orificeMinMm.trim() && value.orificeMaxMm.trim() && min > max) {
    problems.orificeMaxMm = `Enter at least ${min} mm, the “Orifice from” value`;
  }
  return problems;
}

/** The filters to query with: the ones with a problem are left out until they are fixed. */
export function sendableFilters(value: Filters, problems: FilterProblems): Filters {
  const next = { ...value };
  for (const key of Object.keys(problems) as NumberKey[]) next[key] = "";
  return next;
}

type ActuatorFiltersProps = { value: Filters; problems: FilterProblems; onChange: (change: Partial<Filters>) => void };

export function ActuatorFilters({ value, problems, onChange }: ActuatorFiltersProps) {
  const set = <K extends keyof Filters>(key: K, next: Filters[K]) => onChange({ [key]: next } as Partial<Filters>);
  // On a phone the filters past the search fold away behind one button (open while one has a problem).
  const [open, setOpen] = useState(false);
  const active = (Object.keys(value) as (keyof Filters)[]).filter((key) => key !== "q" && value[key] !== "").length;
  const shown = open || Object.keys(problems).length > 0;
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      <FormField id="actuator-search" label="SKU">
        <Input id="actuator-search" type="search" placeholder="e.g. SPENC-HC" value={value.q} onChange={(e) => set("q", e.target.value)} />
      </FormField>
      <Button
        type="button"
        variant="outline"
        size="sm"
        className="justify-self-start sm:hidden"
        aria-expanded={shown}
        aria-controls="actuator-more-filters"
        onClick={() => setOpen(!shown)}
      >
        <SlidersHorizontal className="size-4" aria-hidden="true" />
        {shown ? "Fewer filters" : active > 0 ? `More filters (${active} set)` : "More filters"}
      </Button>
      <div id="actuator-more-filters" className={cn(shown ? "grid gap-4" : "hidden", "sm:contents")}>
        <FormField id="actuator-supplier" label="Supplier">
          <Select
            id="actuator-supplier"
            value={value.supplier}
            onChange={(e) => set("supplier", SUPPLIERS.find((s) => s === e.target.value) ?? "")}
          >
            <option value="">All suppliers</option>
            {SUPPLIERS.map((s) => (
              <option key={s} value={s}>
                {SUPPLIER_LABELS[s]}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField id="actuator-spray-type" label="Spray type">
          <Select
            id="actuator-spray-type"
            value={value.sprayType}
            onChange={(e) => set("sprayType", SPRAY_TYPES.find((s) => s === e.target.value) ?? "")}
          >
            <option value="">All spray types</option>
            {SPRAY_TYPES.map((s) => (
              <option key={s} value={s}>
                {SPRAY_TYPE_LABELS[s]}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField id="actuator-stock" label="Stock">
          <Select
            id="actuator-stock"
            value={value.inStock}
            onChange={(e) => set("inStock", e.target.value === "true" ? "true" : e.target.value === "false" ? "false" : "")}
          >
            <option value="">In stock or not</option>
            <option value="true">In stock</option>
            <option value="false">Out of stock</option>
          </Select>
        </FormField>
        {NUMBER_FIELDS.map((f) => (
          <FormField key={f.key} id={`actuator-${f.key}`} label={f.label} error={problems[f.key]}>
            <Input
              id={`actuator-${f.key}`}
              type="number"
              min={0}
              step="any"
              inputMode="decimal"
              value={value[f.key]}
              aria-invalid={problems[f.key] ? true : undefined}
              aria-describedby={describedBy(`actuator-${f.key}`, { error: problems[f.key] })}
              onChange={(e) => set(f.key, e.target.value)}
            />
          </FormField>
        ))}
        <div className="flex items-end sm:col-span-2 lg:col-span-4">
          <Button variant="ghost" size="sm" onClick={() => onChange(EMPTY_ACTUATOR_FILTERS)}>
            Clear filters
          </Button>
        </div>
      </div>
    </div>
  );
}
