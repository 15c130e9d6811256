"use client";

import { Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { ConfigurationSort, ConfigurationStatus } from "@/lib/configurations/schemas";
import { STATUS_OPTIONS } from "./status";

export type FilterInputs = { q: string; tag: string; status: ConfigurationStatus | ""; archived: boolean; sort: ConfigurationSort };

const SORT_LABELS: Record<ConfigurationSort, string> = {
  newest: "Newest first",
  oldest: "Oldest first",
  updated: "Recently updated",
  name: "Name (A–Z)",
};

type ConfigurationFiltersProps = { value: FilterInputs; onChange: (change: Partial<FilterInputs>) => void };

const CHIPS: { value: ConfigurationStatus | ""; label: string }[] = [{ value: "", label: "All" }, ...STATUS_OPTIONS];

export function ConfigurationFilters({ value, onChange }: ConfigurationFiltersProps) {
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-end gap-4">
        <div className="grid min-w-56 flex-1 gap-1.5">
          <Label htmlFor="configurations-search">Search by name</Label>
          <div className="relative">
            <Search
              className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-muted-foreground"
              aria-hidden="true"
            />
            <Input
              id="configurations-search"
              type="search"
              className="pl-8"
              placeholder="e.g. Coating line 3"
              value={value.q}
              onChange={(e) => onChange({ q: e.target.value })}
            />
          </div>
        </div>
        <div className="grid w-44 gap-1.5">
          <Label htmlFor="configurations-tag">Tag</Label>
          <Input id="configurations-tag" placeholder="e.g. coating" value={value.tag} onChange={(e) => onChange({ tag: e.target.value })} />
        </div>
        <div className="grid w-44 gap-1.5">
          <Label htmlFor="configurations-sort">Sort by</Label>
          <Select id="configurations-sort" value={value.sort} onChange={(e) => onChange({ sort: e.target.value as ConfigurationSort })}>
            {(Object.keys(SORT_LABELS) as ConfigurationSort[]).map((sort) => (
              <option key={sort} value={sort}>
                {SORT_LABELS[sort]}
              </option>
            ))}
          </Select>
        </div>
        <label className="flex h-9 items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            className="size-4 rounded border-input accent-primary"
            checked={value.archived}
            onChange={(e) => onChange({ archived: e.target.checked })}
          />
          Show archived
        </label>
      </div>
      <div role="group" aria-label="Filter by status" className="flex flex-wrap gap-2">
        {CHIPS.map((chip) => (
          <Button
            key={chip.value || "all"}
            type="button"
            size="sm"
            variant={value.status === chip.value ? "default" : "outline"}
            aria-pressed={value.status === chip.value}
            className="rounded-full"
            onClick={() => onChange({ status: chip.value })}
          >
            {chip.label}
          </Button>
        ))}
      </div>
    </div>
  );
}
