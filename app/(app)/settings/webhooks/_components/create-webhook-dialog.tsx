"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Plus } from "lucide-react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyServerFieldErrors } from "@/components/forms/server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { errorMessage } from "@/lib/http/client";
import { type CreatedWebhookEndpoint, useCreateWebhookEndpoint } from "@/lib/webhooks/hooks";
import { createWebhookEndpointSchema } from "@/lib/webhooks/schemas";
import { WebhookFields, type WebhookFormValues } from "./webhook-fields";
import { WebhookSecret } from "./webhook-secret";

const EMPTY: WebhookFormValues = { url: "", eventTypes: ["procurement.status_changed"], description: "" };

/** URL, description and events; then the endpoint's signing secret, shown this once. */
export function CreateWebhookDialog() {
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<CreatedWebhookEndpoint | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const create = useCreateWebhookEndpoint();
  const { register, handleSubmit, setError, reset, formState } = useForm<WebhookFormValues>({
    resolver: zodResolver(createWebhookEndpointSchema),
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
      setCreated(await create.mutateAsync(createWebhookEndpointSchema.parse(values)));
    } catch (error) {
      if (!applyServerFieldErrors(error, setError, ["url", "eventTypes", "description"])) setProblem(errorMessage(error));
    }
  });

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden="true" />
          Add endpoint
        </Button>
      </DialogTrigger>
      <DialogContent>
        {created ? (
          <WebhookSecret created={created} title="Copy the signing secret" onDone={() => onOpenChange(false)} />
        ) : (
          <>
            <DialogHeader>
              <DialogTitle>Add a webhook endpoint</DialogTitle>
              <DialogDescription>AeroSpec signs every event with a secret you see once, right after this.</DialogDescription>
            </DialogHeader>
            <form onSubmit={(e) => void onSubmit(e)} noValidate className="grid gap-4">
              {problem ? (
                <Alert variant="destructive" role="alert">
                  <p>{problem}</p>
                </Alert>
              ) : null}
              <WebhookFields idPrefix="webhook-new" register={register} errors={errors} />
              <DialogFooter>
                <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
                  Cancel
                </Button>
                <Button type="submit" loading={isSubmitting}>
                  Add endpoint
                </Button>
              </DialogFooter>
            </form>
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}
