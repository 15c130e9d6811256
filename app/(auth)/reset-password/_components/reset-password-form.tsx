"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { CheckCircle2 } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { MIN_PASSWORD_LENGTH, type ResetPasswordFormInput, resetPasswordFormSchema } from "@/components/forms/schemas";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { ApiError, apiFetch, errorMessage } from "@/lib/http/client";

export function ResetPasswordForm({ token }: { token: string }) {
  const [done, setDone] = useState<string | null>(null);
  const [formError, setFormError] = useState<{ message: string; linkProblem: boolean } | null>(null);
  const { register, handleSubmit, formState } = useForm<ResetPasswordFormInput>({
    resolver: zodResolver(resetPasswordFormSchema),
    defaultValues: { password: "", confirm: "" },
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async ({ password }) => {
    setFormError(null);
    try {
      const result = await apiFetch<{ message: string }>("/api/auth/reset-password", { method: "POST", body: { token, password } });
      setDone(result.message);
    } catch (error) {
      const linkProblem =
        error instanceof ApiError && (error.status === 400 || error.status === 404 || error.fieldMessage("token") !== undefined);
      setFormError({ message: errorMessage(error), linkProblem });
    }
  });

  if (done) {
    return (
      <Alert variant="success" role="status">
        <CheckCircle2 aria-hidden="true" />
        <div>
          <p className="font-medium">{done}</p>
          <Link href="/login" className="mt-2 inline-block font-medium text-primary hover:underline">
            Go to sign in
          </Link>
        </div>
      </Alert>
    );
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="grid gap-4">
      {formError ? (
        <Alert variant="destructive" role="alert">
          <p>
            {formError.message}
            {formError.linkProblem ? (
              <>
                {" "}
                <Link href="/forgot-password" className="font-medium underline">
                  Request a new link
                </Link>
              </>
            ) : null}
          </p>
        </Alert>
      ) : null}
      <FormField id="password" label="New password" error={errors.password?.message} hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}>
        <Input
          id="password"
          type="password"
          autoComplete="new-password"
          autoFocus
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={describedBy("password", { hint: true, error: errors.password?.message })}
          {...register("password")}
        />
      </FormField>
      <FormField id="confirm" label="Confirm new password" error={errors.confirm?.message}>
        <Input
          id="confirm"
          type="password"
          autoComplete="new-password"
          aria-invalid={errors.confirm ? true : undefined}
          aria-describedby={describedBy("confirm", { error: errors.confirm?.message })}
          {...register("confirm")}
        />
      </FormField>
      <Button type="submit" loading={isSubmitting} className="w-full">
        Change password
      </Button>
    </form>
  );
}
