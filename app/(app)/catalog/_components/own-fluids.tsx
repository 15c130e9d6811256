"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Beaker, Plus } from "lucide-react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { formatNumber } from "@/components/format/numbers";
import { applyServerFieldErrors } from "@/components/forms/server-errors";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { describedBy, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { type CustomFluid, useArchiveCustomFluid, useCreateCustomFluid } from "@/lib/catalog/hooks";
import { errorMessage } from "@/lib/http/client";
import { FluidPropertyHeads } from "./fluid-property-heads";
import { EMPTY_OWN_FLUID, OWN_FLUID_NUMBERS, type OwnFluidValues, ownFluidFormSchema } from "./own-fluid-form";

function AddFluidDialog() {
  const [open, setOpen] = useState(false);
  const create = useCreateCustomFluid();
  const { register, handleSubmit, setError, reset, formState } = useForm<
    OwnFluidValues,
    unknown,
    ReturnType<typeof ownFluidFormSchema.parse>
  >({
    resolver: zodResolver(ownFluidFormSchema),
    defaultValues: EMPTY_OWN_FLUID,
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (input) => {
    try {
      const created = await create.mutateAsync(input);
      toast.success(`Added “${created.name}”`, { description: "It is in the fluid picker of every configuration now." });
      reset();
      setOpen(false);
    } catch (error) {
      if (!applyServerFieldErrors(error, setError, ["name", "viscosityCp", "densityKgM3", "surfaceTensionMNm", "flashPointC", "notes"])) {
        toast.error("Could not add the fluid", { description: errorMessage(error) });
      }
    }
  });

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden="true" />
          Add a fluid
        </Button>
      </DialogTrigger>
      <DialogContent>
        <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Add a fluid" className="grid gap-4">
          <DialogHeader>
            <DialogTitle>Add a fluid</DialogTitle>
            <DialogDescription>
              Measured properties at the temperature you spray at; your team can pick it in any configuration.
            </DialogDescription>
          </DialogHeader>
          <FormField id="own-fluid-name" label="Name" error={errors.name?.message}>
            <Input
              id="own-fluid-name"
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={describedBy("own-fluid-name", { error: errors.name?.message })}
              {...register("name")}
            />
          </FormField>
          <div className="grid gap-4 sm:grid-cols-2">
            {OWN_FLUID_NUMBERS.map((field) => {
              const id = `own-fluid-${field.name}`;
              const error = errors[field.name]?.message;
              const hint = "hint" in field ? field.hint : undefined;
              return (
                <FormField key={field.name} id={id} label={field.label} hint={hint} error={error}>
                  <Input
                    id={id}
                    inputMode="decimal"
                    aria-invalid={error ? true : undefined}
                    aria-describedby={describedBy(id, { hint: Boolean(hint), error })}
                    {...register(field.name)}
                  />
                </FormField>
              );
            })}
          </div>
          <FormField
            id="own-fluid-notes"
            label="Notes"
            hint="Optional: supplier, batch, where the values come from"
            error={errors.notes?.message}
          >
            <Input
              id="own-fluid-notes"
              aria-describedby={describedBy("own-fluid-notes", { hint: true, error: errors.notes?.message })}
              {...register("notes")}
            />
          </FormField>
          <DialogFooter>
            <Button type="submit" loading={isSubmitting}>
              Add fluid
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

function ArchiveFluid({ fluid }: { fluid: CustomFluid }) {
  const archive = useArchiveCustomFluid();
  return (
    <ConfirmDialog
      title={`Archive “${fluid.name}”?`}
      description="It leaves the fluid picker. Configurations that use it keep their values."
      confirmLabel="Archive fluid"
      onConfirm={() =>
        archive.mutateAsync(fluid.id).catch((error: unknown) => {
          toast.error("Could not archive the fluid", { description: errorMessage(error) });
          throw error;
        })
      }
      trigger={
        <Button variant="outline" size="sm" aria-label={`Archive ${fluid.name}`}>
          Archive
        </Button>
      }
    />
  );
}

type OwnFluidsProps = { fluids: CustomFluid[] | null; loading: boolean; canWrite: boolean };

/** The organization's own fluids, next to the library: added here, picked in configurations. */
export function OwnFluids({ fluids, loading, canWrite }: OwnFluidsProps) {
  return (
    <Card>
      <CardHeader>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <CardTitle>Your organization&apos;s fluids</CardTitle>
            <CardDescription>Fluids you measured yourselves, offered next to the library in every configuration.</CardDescription>
          </div>
          {canWrite ? <AddFluidDialog /> : null}
        </div>
      </CardHeader>
      <CardContent className="min-w-0">
        {loading ? <TableSkeleton columns={5} rows={2} label="Loading your fluids" /> : null}
        {fluids && fluids.length === 0 ? (
          <EmptyState
            icon={Beaker}
            title="No fluids of your own yet"
            description={canWrite ? "Add one with its measured properties." : "Admins and users of your organization can add them."}
          />
        ) : null}
        {fluids && fluids.length > 0 ? (
          <Table aria-label="Your organization's fluids">
            <TableHeader>
              <TableRow>
                <TableHead>Fluid</TableHead>
                <FluidPropertyHeads />
                {canWrite ? <TableHead className="text-right">Actions</TableHead> : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {fluids.map((f) => (
                <TableRow key={f.id}>
                  <TableCell className="font-medium">
                    {f.name}
                    {f.notes ? <span className="block text-xs font-normal text-muted-foreground">{f.notes}</span> : null}
                  </TableCell>
                  <TableCell className="text-right tabular-nums">{formatNumber(f.viscosityCp)}</TableCell>
                  <TableCell className="text-right tabular-nums">{formatNumber(f.densityKgM3)}</TableCell>
                  <TableCell className="text-right tabular-nums">{formatNumber(f.surfaceTensionMNm)}</TableCell>
                  <TableCell className="text-right tabular-nums">{formatNumber(f.flashPointC)}</TableCell>
                  {canWrite ? (
                    <TableCell className="text-right">
                      <ArchiveFluid fluid={f} />
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : null}
      </CardContent>
    </Card>
  );
}
