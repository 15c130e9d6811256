"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { applyServerFieldErrors } from "@/components/forms/server-errors";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { describedBy, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { errorMessage } from "@/lib/http/client";
import { type Procurement, useUpdateProcurement } from "@/lib/procurement/hooks";
import { type ShipTo, shipToSchema } from "@/lib/procurement/schemas";

type Field = keyof ShipTo;

const FIELDS: { name: Field; label: string; autoComplete: string; optional?: boolean; wide?: boolean }[] = [
  { name: "name", label: "Recipient", autoComplete: "name" },
  { name: "company", label: "Company", autoComplete: "organization", optional: true },
  { name: "line1", label: "Street address", autoComplete: "address-line1", wide: true },
  { name: "line2", label: "Address line 2", autoComplete: "address-line2", optional: true, wide: true },
  { name: "city", label: "City", autoComplete: "address-level2" },
  { name: "region", label: "Region or state", autoComplete: "address-level1", optional: true },
  { name: "postalCode", label: "Postal code", autoComplete: "postal-code" },
  { name: "country", label: "Country code", autoComplete: "country" },
];

const EMPTY: ShipTo = { name: "", company: "", line1: "", line2: "", city: "", region: "", postalCode: "", country: "" };

/** Where the supplier ships to; asked before checkout. */
export function ShipToCard({ procurement }: { procurement: Procurement }) {
  const update = useUpdateProcurement(procurement.id);
  const saved = { ...EMPTY, ...(procurement.shipTo ?? {}) } as ShipTo;
  const { register, handleSubmit, setError, reset, formState } = useForm<ShipTo>({ resolver: zodResolver(shipToSchema), values: saved });
  const { errors, isDirty } = formState;
  const editable = procurement.access.edit;

  const onSubmit = handleSubmit(async (values) => {
    // Blank optional lines are left out rather than stored empty.
    const shipTo = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== "" && v !== undefined)) as ShipTo;
    try {
      const next = await update.mutateAsync({ version: procurement.version, shipTo });
      reset({ ...EMPTY, ...(next.shipTo ?? {}) } as ShipTo);
      toast.success("Delivery address saved");
    } catch (error) {
      if (
        !applyServerFieldErrors(
          error,
          setError,
          FIELDS.map((f) => f.name),
        )
      ) {
        toast.error("Could not save the address", { description: errorMessage(error) });
      }
    }
  });

  return (
    <Card>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <CardHeader>
          <CardTitle>Deliver to</CardTitle>
          <CardDescription>
            {procurement.shipTo ? "The supplier ships here." : "Where should the supplier ship? Needed before checkout."}
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4 sm:grid-cols-2">
          {FIELDS.map((field) => {
            const id = `ship-to-${field.name}`;
            const error = errors[field.name]?.message;
            return (
              <FormField
                key={field.name}
                id={id}
                label={field.optional ? `${field.label} (optional)` : field.label}
                error={error}
                className={field.wide ? "sm:col-span-2" : undefined}
              >
                <Input
                  id={id}
                  autoComplete={field.autoComplete}
                  disabled={!editable}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={describedBy(id, { error })}
                  {...register(field.name)}
                />
              </FormField>
            );
          })}
        </CardContent>
        {editable ? (
          <CardFooter className="justify-end border-t border-border pt-6">
            <Button type="submit" loading={update.isPending} disabled={!isDirty}>
              Save address
            </Button>
          </CardFooter>
        ) : null}
      </form>
    </Card>
  );
}
