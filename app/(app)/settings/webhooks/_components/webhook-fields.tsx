"use client";

import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { describedBy, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import type { CreateWebhookEndpointInput } from "@/lib/webhooks/schemas";

/** What both dialogs hold: the create schema's fields. */
export type WebhookFormValues = Pick<CreateWebhookEndpointInput, "url" | "eventTypes" | "description">;
type Values = WebhookFormValues;

type WebhookFieldsProps = { idPrefix: string; register: UseFormRegister<Values>; errors: FieldErrors<Values> };

/** URL, description and events: the fields of the create and edit dialogs. */
export function WebhookFields({ idPrefix, register, errors }: WebhookFieldsProps) {
  const url = `${idPrefix}-url`;
  const description = `${idPrefix}-description`;
  const eventsError = errors.eventTypes?.message ?? errors.eventTypes?.root?.message;
  return (
    <>
      <FormField
        id={url}
        label="URL"
        error={errors.url?.message}
        hint="Where AeroSpec posts events, such as https://erp.example.com/hooks/aerospec."
      >
        <Input
          id={url}
          type="url"
          inputMode="url"
          autoComplete="off"
          aria-invalid={errors.url ? true : undefined}
          aria-describedby={describedBy(url, { hint: true, error: errors.url?.message })}
          {...register("url")}
        />
      </FormField>
      <FormField id={description} label="Description (optional)" error={errors.description?.message}>
        <Input
          id={description}
          autoComplete="off"
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={describedBy(description, { error: errors.description?.message })}
          {...register("description")}
        />
      </FormField>
      <fieldset className="grid gap-2" aria-describedby={eventsError ? `${idPrefix}-events-error` : undefined}>
        <legend className="mb-1 text-sm font-medium">Events</legend>
        {WEBHOOK_EVENT_TYPES.map((type) => (
          <label key={type} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              value={type}
              className="mt-0.5 size-4 shrink-0 rounded border-input accent-primary"
              {...register("eventTypes")}
            />
            <span>
              <span className="font-mono text-xs">{type}</span>
              <span className="block text-muted-foreground">{WEBHOOK_EVENT_LABELS[type]}</span>
            </span>
          </label>
        ))}
        {eventsError ? (
          <p id={`${idPrefix}-events-error`} role="alert" className="text-xs font-medium text-destructive">
            {eventsError}
          </p>
        ) : null}
      </fieldset>
    </>
  );
}
