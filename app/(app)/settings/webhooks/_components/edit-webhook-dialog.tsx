"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Pencil } from "lucide-react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { applyServerFieldErrors } from "@/components/forms/server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { errorMessage } from "@/lib/http/client";
import { useUpdateWebhookEndpoint, type WebhookEndpointItem } from "@/lib/webhooks/hooks";
import { createWebhookEndpointSchema } from "@/lib/webhooks/schemas";
import { WebhookFields, type WebhookFormValues } from "./webhook-fields";

/** Changes an endpoint's URL, description and events (its secret stays). */
export function EditWebhookDialog({ endpoint }: { endpoint: WebhookEndpointItem }) {
  const current: WebhookFormValues = { url: endpoint.url, eventTypes: endpoint.eventTypes, description: endpoint.description ?? "" };
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const update = useUpdateWebhookEndpoint();
  const { register, handleSubmit, setError, reset, formState } = useForm<WebhookFormValues>({
    resolver: zodResolver(createWebhookEndpointSchema),
    defaultValues: current,
  });
  const { errors, isSubmitting } = formState;

  function onOpenChange(next: boolean) {
    setOpen(next);
    reset(current);
    setProblem(null);
  }

  const onSubmit = handleSubmit(async (values) => {
    setProblem(null);
    try {
      const input = createWebhookEndpointSchema.parse(values);
      await update.mutateAsync({ id: endpoint.id, input: { ...input, description: input.description || null } });
      toast.success("Endpoint saved");
      setOpen(false);
    } catch (error) {
      if (!applyServerFieldErrors(error, setError, ["url", "eventTypes", "description"])) setProblem(errorMessage(error));
    }
  });

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" aria-label={`Edit ${endpoint.url}`}>
          <Pencil aria-hidden="true" />
          Edit
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Edit the endpoint</DialogTitle>
          <DialogDescription>Deliveries still waiting or retrying go to the new URL.</DialogDescription>
        </DialogHeader>
        <form onSubmit={(e) => void onSubmit(e)} noValidate className="grid gap-4">
          {problem ? (
            <Alert variant="destructive" role="alert">
              <p>{problem}</p>
            </Alert>
          ) : null}
          <WebhookFields idPrefix={`webhook-${endpoint.id}`} register={register} errors={errors} />
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
              Cancel
            </Button>
            <Button type="submit" loading={isSubmitting}>
              Save
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
