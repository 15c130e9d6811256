import type { UseFormRegisterReturn } from "react-hook-form";
import { describedBy, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

type UnitInputProps = {
  id: string;
  label: string;
  unit: string;
  error?: string;
  hint?: string;
  registration: UseFormRegisterReturn;
};

/** A number input whose visible label names its unit, e.g. "Viscosity (cP)". */
export function UnitInput({ id, label, unit, error, hint, registration }: UnitInputProps) {
  return (
    <FormField id={id} label={`${label} (${unit})`} error={error} hint={hint}>
      <Input
        id={id}
        inputMode="decimal"
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint: Boolean(hint), error })}
        {...registration}
      />
    </FormField>
  );
}
