"use client";

import { describedBy, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { STATUS_OPTIONS } from "../status";
import type { EditorForm } from "./form-values";

export function DetailFields({ form }: { form: EditorForm }) {
  const { register, formState } = form;
  const { errors } = formState;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <FormField id="configuration-name" label="Name" error={errors.name?.message} className="sm:col-span-2">
        <Input
          id="configuration-name"
          autoComplete="off"
          placeholder="e.g. Coating line 3 — primer"
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy("configuration-name", { error: errors.name?.message })}
          {...register("name")}
        />
      </FormField>
      <FormField id="configuration-description" label="Description" error={errors.description?.message} className="sm:col-span-2">
        <textarea
          id="configuration-description"
          rows={2}
          className="w-full rounded-md border border-input bg-background px-3 py-2 text-sm shadow-sm placeholder:text-muted-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring disabled:cursor-not-allowed disabled:opacity-50"
          placeholder="Optional notes"
          {...register("description")}
        />
      </FormField>
      <FormField id="configuration-tags" label="Tags" error={errors.tags?.message} hint="Separate tags with commas">
        <Input
          id="configuration-tags"
          autoComplete="off"
          placeholder="coating, line-3"
          aria-invalid={errors.tags ? true : undefined}
          aria-describedby={describedBy("configuration-tags", { hint: true, error: errors.tags?.message })}
          {...register("tags")}
        />
      </FormField>
      <FormField id="configuration-status" label="Status" error={errors.status?.message}>
        <Select id="configuration-status" {...register("status")}>
          {STATUS_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      </FormField>
    </div>
  );
}
