"use client";

import { useWatch } from "react-hook-form";
import { Badge } from "@/components/ui/badge";
import { useFluids } from "@/lib/catalog/hooks";
import { FluidPicker, type PickedFluid } from "./fluid-picker";
import type { EditorForm } from "./form-values";
import { UnitInput } from "./unit-input";

const FIELDS = [
  { name: "viscosityCp", label: "Viscosity", unit: "cP" },
  { name: "densityKgM3", label: "Density", unit: "kg/m³" },
  { name: "surfaceTensionMNm", label: "Surface tension", unit: "mN/m" },
  { name: "flashPointC", label: "Flash point", unit: "°C", hint: "Optional; whole degrees" },
] as const;

export function FluidFields({ form, readOnly }: { form: EditorForm; readOnly: boolean }) {
  const { register, setValue, formState } = form;
  const fluidId = useWatch({ control: form.control, name: "fluid.fluidId" });
  const library = useFluids({ q: "", category: "" });
  const picked = fluidId ? library.data?.fluids.find((f) => f.id === fluidId) : undefined;
  const errors = formState.errors.fluid;

  function fill(fluid: PickedFluid) {
    const options = { shouldDirty: true, shouldValidate: true } as const;
    setValue("fluid.fluidId", fluid.libraryId ?? "", options);
    setValue("fluid.viscosityCp", String(fluid.viscosityCp), options);
    setValue("fluid.densityKgM3", String(fluid.densityKgM3), options);
    setValue("fluid.surfaceTensionMNm", String(fluid.surfaceTensionMNm), options);
    setValue("fluid.flashPointC", fluid.flashPointC === null ? "" : String(Math.round(fluid.flashPointC)), options);
  }

  return (
    <fieldset className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <legend className="text-sm font-semibold">Fluid</legend>
        <div className="flex items-center gap-2">
          <Badge variant={fluidId ? "default" : "secondary"}>{fluidId ? (picked?.name ?? "Library fluid") : "Custom values"}</Badge>
          {readOnly ? null : <FluidPicker onPick={fill} />}
        </div>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {FIELDS.map((field) => (
          <UnitInput
            key={field.name}
            id={`fluid-${field.name}`}
            label={field.label}
            unit={field.unit}
            hint={"hint" in field ? field.hint : undefined}
            error={errors?.[field.name]?.message}
            registration={register(`fluid.${field.name}`, { onChange: () => setValue("fluid.fluidId", "", { shouldDirty: true }) })}
          />
        ))}
      </div>
    </fieldset>
  );
}
