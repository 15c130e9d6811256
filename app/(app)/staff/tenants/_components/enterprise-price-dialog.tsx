"use client";

import { type FormEvent, useId, useState } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { describedBy, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { centsToDecimal, formatMoney } from "@/lib/billing/money";
import { ApiError, errorMessage } from "@/lib/http/client";
import { type StaffTenantRow, useSetEnterprisePlan } from "@/lib/platform/hooks";
import { parseMonthlyPrice } from "./monthly-price";

type EnterprisePriceDialogProps = {
  tenant: StaffTenantRow;
  /** The price of the agreement in force, or null when the organization is not on Enterprise yet. */
  currentPriceCents: number | null;
};

/** Moves an organization to Enterprise at a custom monthly price, or changes the price it pays. */
export function EnterprisePriceDialog({ tenant, currentPriceCents }: EnterprisePriceDialogProps) {
  const inputId = useId();
  const setPlan = useSetEnterprisePlan();
  const initialValue = currentPriceCents === null ? "" : centsToDecimal(currentPriceCents);
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(initialValue);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);

  function onOpenChange(next: boolean) {
    if (setPlan.isPending) return;
    setOpen(next);
    setValue(initialValue);
    setFieldError(undefined);
    setProblem(null);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const price = parseMonthlyPrice(value);
    if (!price.ok) {
      setFieldError(price.message);
      return;
    }
    setFieldError(undefined);
    try {
      await setPlan.mutateAsync({ tenantId: tenant.id, monthlyAmountCents: price.cents });
      toast.success(`${tenant.name} is on Enterprise at ${formatMoney(price.cents)} a month`);
      setOpen(false);
    } catch (error) {
      const amountError = error instanceof ApiError ? error.fieldMessage("monthlyAmountCents") : undefined;
      if (amountError) setFieldError(amountError);
      else setProblem(errorMessage(error));
    }
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" aria-label={`Set Enterprise price for ${tenant.name}`}>
          Set Enterprise price
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Set Enterprise price for {tenant.name}</DialogTitle>
          <DialogDescription>
            {currentPriceCents === null
              ? "The organization moves to Enterprise at once, at this price every month. An organization that pays through Stripe must cancel that subscription first."
              : `The organization pays ${formatMoney(currentPriceCents)} a month today; the new price applies at once.`}
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={(e) => void onSubmit(e)} noValidate className="grid gap-4">
          {problem ? (
            <Alert variant="destructive" role="alert">
              <p>{problem}</p>
            </Alert>
          ) : null}
          <FormField id={inputId} label="Monthly price (USD)" error={fieldError} hint="In dollars, with up to 2 decimals.">
            <Input
              id={inputId}
              inputMode="decimal"
              autoComplete="off"
              placeholder="e.g. 4,500.00"
              value={value}
              aria-invalid={fieldError ? true : undefined}
              aria-describedby={describedBy(inputId, { hint: true, error: fieldError })}
              onChange={(e) => {
                setValue(e.target.value);
                setFieldError(undefined);
              }}
            />
          </FormField>
          <DialogFooter>
            <Button type="button" variant="outline" disabled={setPlan.isPending} onClick={() => onOpenChange(false)}>
              Cancel
            </Button>
            <Button type="submit" loading={setPlan.isPending}>
              Set Enterprise
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
