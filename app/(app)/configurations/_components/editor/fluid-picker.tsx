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
import { type CustomFluid, type LibraryFluid, useFluidChoices } from "@/lib/catalog/hooks";
import { errorMessage } from "@/lib/http/client";

/** A picked fluid: library fluids keep their id; the tenant's own fluids fill values only. */
export type PickedFluid = Pick<LibraryFluid, "viscosityCp" | "densityKgM3" | "surfaceTensionMNm" | "flashPointC"> & {
  libraryId: string | null;
};

function FluidOption({ fluid, label, onPick }: { fluid: LibraryFluid | CustomFluid; label: string; onPick: () => void }) {
  return (
    <li>
      <button
        type="button"
        onClick={onPick}
        className="grid w-full gap-0.5 rounded-md px-3 py-2 text-left text-sm hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
      >
        <span className="font-medium">
          {fluid.name} <span className="font-normal capitalize text-muted-foreground">· {label}</span>
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
export function FluidPicker({ onPick }: { onPick: (fluid: PickedFluid) => void }) {
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState("");
  const q = useDebouncedValue(search, 250);
  const choices = useFluidChoices(q);
  const options = choices.data
    ? [
        ...choices.data.customFluids.map((fluid) => ({ fluid, label: "your fluid", libraryId: null })),
        ...choices.data.fluids.map((fluid) => ({ fluid, label: fluid.category, libraryId: fluid.id })),
      ]
    : null;

  function pick(fluid: LibraryFluid | CustomFluid, libraryId: string | null) {
    onPick({ ...fluid, libraryId });
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
          <DialogDescription>
            Your organization's fluids and the library (literature properties at 20–25 °C). Picking one fills in its properties; you can
            still adjust them.
          </DialogDescription>
        </DialogHeader>
        <div className="grid gap-1.5">
          <Label htmlFor="fluid-search">Search fluids</Label>
          <Input id="fluid-search" type="search" placeholder="e.g. glycerol" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
        <div className="max-h-80 overflow-y-auto" aria-live="polite">
          {choices.isPending ? <TableSkeleton columns={1} rows={5} label="Loading fluids" /> : null}
          {choices.isError ? (
            <ErrorState
              title="Could not load the fluid library"
              message={errorMessage(choices.error)}
              onRetry={() => void choices.refetch()}
            />
          ) : null}
          {options && options.length === 0 ? (
            <p className="px-3 py-6 text-center text-sm text-muted-foreground">No fluid matches “{q}”.</p>
          ) : null}
          {options && options.length > 0 ? (
            <ul className="grid gap-1" aria-label="Fluids">
              {options.map(({ fluid, label, libraryId }) => (
                <FluidOption key={fluid.id} fluid={fluid} label={label} onPick={() => pick(fluid, libraryId)} />
              ))}
            </ul>
          ) : null}
        </div>
      </DialogContent>
    </Dialog>
  );
}
