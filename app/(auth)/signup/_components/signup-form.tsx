"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { MIN_PASSWORD_LENGTH, type SignupFormInput, signupFormSchema } from "@/components/forms/schemas";
import { applyServerFieldErrors } from "@/components/forms/server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { ApiError, apiFetch, errorMessage } from "@/lib/http/client";

const FIELDS = ["name", "email", "password", "companyName"] as const;

type FieldConfig = { name: (typeof FIELDS)[number]; label: string; type: string; autoComplete: string; hint?: string };

const FIELD_CONFIG: FieldConfig[] = [
  { name: "name", label: "Your name", type: "text", autoComplete: "name" },
  { name: "email", label: "Work email", type: "email", autoComplete: "email" },
  {
    name: "password",
    label: "Password",
    type: "password",
    autoComplete: "new-password",
    hint: `At least ${MIN_PASSWORD_LENGTH} characters. A short sentence works well.`,
  },
  { name: "companyName", label: "Company name", type: "text", autoComplete: "organization" },
];

export function SignupForm() {
  const [formError, setFormError] = useState<string | null>(null);
  const [redirecting, setRedirecting] = useState(false);
  const { register, handleSubmit, setError, formState } = useForm<SignupFormInput>({
    resolver: zodResolver(signupFormSchema),
    defaultValues: { name: "", email: "", password: "", companyName: "" },
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await apiFetch("/api/auth/signup", { method: "POST", body: signupFormSchema.parse(values) });
      setRedirecting(true);
      window.location.assign("/app");
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setError("email", { type: "server", message: error.message }, { shouldFocus: true });
      } else if (!applyServerFieldErrors(error, setError, FIELDS)) {
        setFormError(errorMessage(error));
      }
    }
  });

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="grid gap-4">
      {formError ? (
        <Alert variant="destructive" role="alert">
          {formError}
        </Alert>
      ) : null}
      {FIELD_CONFIG.map((field) => {
        const error = errors[field.name]?.message;
        return (
          <FormField key={field.name} id={field.name} label={field.label} error={error} hint={field.hint}>
            <Input
              id={field.name}
              type={field.type}
              autoComplete={field.autoComplete}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy(field.name, { hint: Boolean(field.hint), error })}
              {...register(field.name)}
            />
          </FormField>
        );
      })}
      <Button type="submit" loading={isSubmitting || redirecting} className="w-full">
        Create account
      </Button>
      <p className="text-center text-xs text-muted-foreground">You become the owner and first admin of your organization.</p>
    </form>
  );
}
