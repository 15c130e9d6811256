import type { ReactNode } from "react";
import { cn } from "./cn";
import { Label } from "./label";

type FormFieldProps = {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  className?: string;
  /** The control; give it `id`, and `aria-describedby={describedBy(id, …)}` via the helpers below. */
  children: ReactNode;
};

function fieldHintId(id: string): string {
  return `${id}-hint`;
}

function fieldErrorId(id: string): string {
  return `${id}-error`;
}

/** The id an input should list in aria-describedby: its error when shown, else its hint. */
export function describedBy(id: string, opts: { hint?: boolean; error?: string }): string | undefined {
  if (opts.error) return fieldErrorId(id);
  return opts.hint ? fieldHintId(id) : undefined;
}

export function FormField({ id, label, error, hint, className, children }: FormFieldProps) {
  return (
    <div className={cn("grid gap-1.5", className)}>
      <Label htmlFor={id}>{label}</Label>
      {children}
      {hint && !error ? (
        <p id={fieldHintId(id)} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={fieldErrorId(id)} role="alert" className="text-xs font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
