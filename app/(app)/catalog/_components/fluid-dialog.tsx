"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Plus } from "lucide-react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { applyServerFieldErrors } from "@/components/forms/server-errors";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { describedBy, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { type CustomFluid, type SdsImport as SdsResult, useCreateCustomFluid, useUpdateCustomFluid } from "@/lib/catalog/hooks";
import { errorMessage } from "@/lib/http/client";
import { EMPTY_OWN_FLUID, OWN_FLUID_NUMBERS, type OwnFluidValues, ownFluidFormSchema, toOwnFluidValues } from "./own-fluid-form";
import { SdsImport, SdsSource } from "./sds-import";

/** Add a fluid, or edit one (its figures as they were saved); configurations already made keep their own copy. */
export function FluidDialog({ fluid }: { fluid?: CustomFluid }) {
  const [open, setOpen] = useState(false);
  const create = useCreateCustomFluid();
  const update = useUpdateCustomFluid(fluid?.id ?? "");
  const editing = fluid !== undefined;
  const [sds, setSds] = useState<SdsResult | null>(null);
  const { register, handleSubmit, setError, reset, setValue, getValues, formState } = useForm<
    OwnFluidValues,
    unknown,
    ReturnType<typeof ownFluidFormSchema.parse>
  >({
    resolver: zodResolver(ownFluidFormSchema),
    defaultValues: fluid ? toOwnFluidValues(fluid) : EMPTY_OWN_FLUID,
  });
  const { errors, isSubmitting } = formState;

  // The sheet's values go into the inputs as text, to be checked and corrected before saving.
  function applySds(result: SdsResult) {
    setSds(result);
    for (const v of result.values) {
      setValue(v.field, v.value === null ? "" : String(v.value), { shouldDirty: true });
    }
    if (result.productName && getValues("name").trim() === "") setValue("name", result.productName, { shouldDirty: true });
    if (getValues("notes").trim() === "") setValue("notes", `From the safety data sheet ${result.filename}`, { shouldDirty: true });
  }

  const onSubmit = handleSubmit(async (input) => {
    try {
      if (editing) {
        const saved = await update.mutateAsync(input);
        toast.success(`Saved “${saved.name}”`, { description: "New configurations use these figures; existing ones keep theirs." });
        reset(toOwnFluidValues(saved));
      } else {
        const created = await create.mutateAsync(input);
        toast.success(`Added “${created.name}”`, { description: "It is in the fluid picker of every configuration now." });
        reset();
        setSds(null);
      }
      setOpen(false);
    } catch (error) {
      if (!applyServerFieldErrors(error, setError, ["name", "viscosityCp", "densityKgM3", "surfaceTensionMNm", "flashPointC", "notes"])) {
        toast.error(editing ? "Could not save the fluid" : "Could not add the fluid", { description: errorMessage(error) });
      }
    }
  });

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        {editing ? (
          <Button variant="outline" size="sm" aria-label={`Edit ${fluid.name}`}>
            Edit
          </Button>
        ) : (
          <Button>
            <Plus aria-hidden="true" />
            Add a fluid
          </Button>
        )}
      </DialogTrigger>
      <DialogContent>
        <form
          onSubmit={(e) => void onSubmit(e)}
          noValidate
          aria-label={editing ? `Edit ${fluid.name}` : "Add a fluid"}
          className="grid gap-4"
        >
          <DialogHeader>
            <DialogTitle>{editing ? `Edit “${fluid.name}”` : "Add a fluid"}</DialogTitle>
            <DialogDescription>
              {editing
                ? "Configurations already made with it keep the figures they were made with; new ones take these."
                : "Measured properties at the temperature you spray at; your team can pick it in any configuration."}
            </DialogDescription>
          </DialogHeader>
          {editing ? null : <SdsImport read={sds} onRead={applySds} />}
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
              const optional = "hint" in field ? field.hint : undefined;
              const hint = sds ? <SdsSource value={sds.values.find((v) => v.field === field.name)} optional={optional} /> : optional;
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
              {editing ? "Save fluid" : "Add fluid"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
