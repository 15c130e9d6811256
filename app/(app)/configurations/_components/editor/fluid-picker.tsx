"use client";

import { Library } from "lucide-react";
import { useState } from "react";
import { formatNumber } from "@/components/format/numbers";
import { useDebouncedValue } from "@/components/hooks/use-debounced-value";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { ErrorState } from "@/components/ui/error-state";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { type LibraryFluid, useFluids } from "@/lib/catalog/hooks";
import { errorMessage } from "@/lib/http/client";

function FluidOption({ fluid, onPick }: { fluid: LibraryFluid; onPick: (fluid: LibraryFluid) => void }) {
  return (
    <li>
      <button
        type="button"
        onClick={() => onPick(fluid)}
        className="grid w-full gap-0.5 rounded-md px-3 py-2 text-left text-sm hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
      >
        <span className="font-medium">
          {fluid.name} <span className="font-normal capitalize text-muted-foreground">· {fluid.category}</span>
        </span>
        <span className="text-xs text-muted-foreground">
          {formatNumber(fluid.viscosityCp)} cP · {formatNumber(fluid.densityKgM3)} kg/m³ · {formatNumber(fluid.surfaceTensionMNm)} mN/m
          {fluid.flashPointC === null ? "" : ` · flash point ${formatNumber(fluid.flashPointC)} °C`}
        </span>
      </button>
    </li>
  );
}

/** Searchable fluid library; picking one fills the fluid inputs. */
export function FluidPicker({ onPick }: { onPick: (fluid: LibraryFluid) => void }) {
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState("");
  const q = useDebouncedValue(search, 250);
  const fluids = useFluids({ q, category: "" });

  function pick(fluid: LibraryFluid) {
    onPick(fluid);
    setOpen(false);
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button type="button" variant="outline" size="sm">
          <Library aria-hidden="true" />
          Choose from library
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-xl">
        <DialogHeader>
          <DialogTitle>Fluid library</DialogTitle>
          <DialogDescription>Literature properties at 20–25 °C. Picking a fluid fills in its properties; you can still adjust them.</DialogDescription>
        </DialogHeader>
        <div className="grid gap-1.5">
          <Label htmlFor="fluid-search">Search fluids</Label>
          <Input id="fluid-search" type="search" placeholder="e.g. glycerol" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
        <div className="max-h-80 overflow-y-auto" aria-live="polite">
          {fluids.isPending ? <TableSkeleton columns={1} rows={5} label="Loading fluids" /> : null}
          {fluids.isError ? <ErrorState title="Could not load the fluid library" message={errorMessage(fluids.error)} onRetry={() => void fluids.refetch()} /> : null}
          {fluids.data && fluids.data.length === 0 ? <p className="px-3 py-6 text-center text-sm text-muted-foreground">No fluid matches “{q}”.</p> : null}
          {fluids.data && fluids.data.length > 0 ? (
            <ul className="grid gap-1" aria-label="Fluids">
              {fluids.data.map((fluid) => (
                <FluidOption key={fluid.id} fluid={fluid} onPick={pick} />
              ))}
            </ul>
          ) : null}
        </div>
      </DialogContent>
    </Dialog>
  );
}
