"use client";

import { Button } from "@/components/ui/button";

const SUPPLIER_FILTERS = [
  { value: "", label: "All" },
  { value: "spencer", label: "Spencer" },
  { value: "coster", label: "Coster" },
] as const;

type SupplierFilterProps = { value: string; onChange: (supplier: string) => void };

export function SupplierFilter({ value, onChange }: SupplierFilterProps) {
  return (
    <div role="group" aria-label="Filter by supplier" className="flex flex-wrap gap-2">
      {SUPPLIER_FILTERS.map((option) => (
        <Button
          key={option.value || "all"}
          type="button"
          size="sm"
          variant={value === option.value ? "default" : "outline"}
          aria-pressed={value === option.value}
          className="rounded-full"
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </Button>
      ))}
    </div>
  );
}
