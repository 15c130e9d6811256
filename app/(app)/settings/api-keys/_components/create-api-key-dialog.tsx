"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Plus } from "lucide-react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import {
  API_KEY_EXPIRY_OPTIONS,
  type CreateApiKeyFormInput,
  createApiKeyFormSchema,
  toCreateApiKeyInput,
} from "@/components/forms/schemas";
import { applyServerFieldErrors } from "@/components/forms/server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { describedBy, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { type CreatedApiKey, useCreateApiKey } from "@/lib/api-keys/hooks";
import { API_KEY_SCOPE_LABELS, type ApiKeyScope } from "@/lib/api-keys/schemas";
import { errorMessage } from "@/lib/http/client";
import { ApiKeySecret } from "./api-key-secret";

const EMPTY: CreateApiKeyFormInput = { name: "", scopes: ["configurations.read"], expiry: "never" };

/** Name, scopes and expiry; then the new key's secret, shown this once. */
export function CreateApiKeyDialog({ scopes }: { scopes: ApiKeyScope[] }) {
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const create = useCreateApiKey();
  const { register, handleSubmit, setError, reset, formState } = useForm<CreateApiKeyFormInput>({
    resolver: zodResolver(createApiKeyFormSchema),
    defaultValues: EMPTY,
  });
  const { errors, isSubmitting } = formState;

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) {
      reset(EMPTY);
      setProblem(null);
      setCreated(null);
    }
  }

  const onSubmit = handleSubmit(async (values) => {
    setProblem(null);
    try {
      setCreated(await create.mutateAsync(toCreateApiKeyInput(createApiKeyFormSchema.parse(values))));
    } catch (error) {
      if (!applyServerFieldErrors(error, setError, ["name", "scopes"])) setProblem(errorMessage(error));
    }
  });

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden="true" />
          Create API key
        </Button>
      </DialogTrigger>
      <DialogContent>
        {created ? (
          <ApiKeySecret created={created} onDone={() => onOpenChange(false)} />
        ) : (
          <>
            <DialogHeader>
              <DialogTitle>Create an API key</DialogTitle>
              <DialogDescription>The key acts as you, within the scopes you choose. You see it once, right after this.</DialogDescription>
            </DialogHeader>
            <form onSubmit={(e) => void onSubmit(e)} noValidate className="grid gap-4">
              {problem ? (
                <Alert variant="destructive" role="alert">
                  <p>{problem}</p>
                </Alert>
              ) : null}
              <FormField id="api-key-name" label="Name" error={errors.name?.message} hint="What uses it, such as “ERP sync”.">
                <Input
                  id="api-key-name"
                  autoComplete="off"
                  aria-invalid={errors.name ? true : undefined}
                  aria-describedby={describedBy("api-key-name", { hint: true, error: errors.name?.message })}
                  {...register("name")}
                />
              </FormField>
              <fieldset className="grid gap-2" aria-describedby={errors.scopes ? "api-key-scopes-error" : undefined}>
                <legend className="mb-1 text-sm font-medium">Scopes</legend>
                {scopes.map((scope) => (
                  <label key={scope} className="flex items-start gap-2 text-sm">
                    <input
                      type="checkbox"
                      value={scope}
                      className="mt-0.5 size-4 shrink-0 rounded border-input accent-primary"
                      {...register("scopes")}
                    />
                    <span>
                      <span className="font-mono text-xs">{scope}</span>
                      <span className="block text-muted-foreground">{API_KEY_SCOPE_LABELS[scope]}</span>
                    </span>
                  </label>
                ))}
                {errors.scopes ? (
                  <p id="api-key-scopes-error" role="alert" className="text-xs font-medium text-destructive">
                    {errors.scopes.message ?? errors.scopes.root?.message ?? "Choose the scopes again"}
                  </p>
                ) : null}
              </fieldset>
              <FormField id="api-key-expiry" label="Expires">
                <Select id="api-key-expiry" {...register("expiry")}>
                  {API_KEY_EXPIRY_OPTIONS.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </Select>
              </FormField>
              <DialogFooter>
                <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
                  Cancel
                </Button>
                <Button type="submit" loading={isSubmitting}>
                  Create key
                </Button>
              </DialogFooter>
            </form>
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}
