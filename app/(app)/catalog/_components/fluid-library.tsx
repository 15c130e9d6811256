"use client";

import { Droplets } from "lucide-react";
import { useState } from "react";
import { formatNumber } from "@/components/format/numbers";
import { useDebouncedValue } from "@/components/hooks/use-debounced-value";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { useFluids } from "@/lib/catalog/hooks";
import { FLUID_CATEGORIES, type FluidCategory } from "@/lib/catalog/schemas";
import { errorMessage } from "@/lib/http/client";
import { FluidPropertyHeads } from "./fluid-property-heads";
import { OwnFluids } from "./own-fluids";

export function FluidLibrary({ canWrite }: { canWrite: boolean }) {
  const [search, setSearch] = useState("");
  const [category, setCategory] = useState<FluidCategory | "">("");
  const q = useDebouncedValue(search, 250);
  const fluids = useFluids({ q, category });

  return (
    <div className="grid gap-6">
      <OwnFluids fluids={fluids.data?.customFluids ?? null} loading={fluids.isPending} canWrite={canWrite} />
      <Card>
        <CardContent className="grid grid-cols-1 gap-6 pt-6">
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField id="fluid-library-search" label="Search by name">
              <Input
                id="fluid-library-search"
                type="search"
                placeholder="e.g. ethanol"
                value={search}
                onChange={(e) => setSearch(e.target.value)}
              />
            </FormField>
            <FormField id="fluid-library-category" label="Category">
              <Select
                id="fluid-library-category"
                value={category}
                onChange={(e) => setCategory(FLUID_CATEGORIES.find((c) => c === e.target.value) ?? "")}
              >
                <option value="">All categories</option>
                {FLUID_CATEGORIES.map((c) => (
                  <option key={c} value={c} className="capitalize">
                    {c}
                  </option>
                ))}
              </Select>
            </FormField>
          </div>
          <div aria-live="polite" aria-busy={fluids.isFetching || undefined} className="min-w-0">
            {fluids.isPending ? <TableSkeleton columns={6} rows={6} label="Loading fluids" /> : null}
            {fluids.isError ? (
              <ErrorState
                title="Could not load the fluid library"
                message={errorMessage(fluids.error)}
                onRetry={() => void fluids.refetch()}
                retrying={fluids.isFetching}
              />
            ) : null}
            {fluids.data && fluids.data.fluids.length === 0 ? <EmptyState icon={Droplets} title="No fluid matches" /> : null}
            {fluids.data && fluids.data.fluids.length > 0 ? (
              <Table aria-label="Fluids">
                <TableHeader>
                  <TableRow>
                    <TableHead>Fluid</TableHead>
                    <TableHead>Category</TableHead>
                    <FluidPropertyHeads />
                    <TableHead className="text-right">
                      At <span className="normal-case">(°C)</span>
                    </TableHead>
                    <TableHead>Source</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {fluids.data.fluids.map((f) => (
                    <TableRow key={f.id}>
                      <TableCell className="font-medium">{f.name}</TableCell>
                      <TableCell className="capitalize">{f.category}</TableCell>
                      <TableCell className="text-right tabular-nums">{formatNumber(f.viscosityCp)}</TableCell>
                      <TableCell className="text-right tabular-nums">{formatNumber(f.densityKgM3)}</TableCell>
                      <TableCell className="text-right tabular-nums">{formatNumber(f.surfaceTensionMNm)}</TableCell>
                      <TableCell className="text-right tabular-nums">{formatNumber(f.flashPointC)}</TableCell>
                      <TableCell className="text-right tabular-nums">{formatNumber(f.temperatureC)}</TableCell>
                      <TableCell className="max-w-xs text-xs text-muted-foreground">{f.source}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            ) : null}
          </div>
        </CardContent>
      </Card>
    </div>
  );
}
