"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { type AcceptInvitationFormInput, acceptInvitationFormSchema, MIN_PASSWORD_LENGTH } from "@/components/forms/schemas";
import { applyServerFieldErrors } from "@/components/forms/server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { ApiError, apiFetch, errorMessage } from "@/lib/http/client";

type Props = { token: string; email: string; signInUrl: string };

export function AcceptWithNewAccount({ token, email, signInUrl }: Props) {
  const [problem, setProblem] = useState<{ message: string; signIn: boolean } | null>(null);
  const [redirecting, setRedirecting] = useState(false);
  const { register, handleSubmit, setError, formState } = useForm<AcceptInvitationFormInput>({
    resolver: zodResolver(acceptInvitationFormSchema),
    defaultValues: { name: "", password: "" },
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setProblem(null);
    try {
      const body = acceptInvitationFormSchema.parse(values);
      await apiFetch(`/api/tenants/invitations/${encodeURIComponent(token)}/accept`, { method: "POST", body });
      setRedirecting(true);
      window.location.assign("/app");
    } catch (error) {
      if (applyServerFieldErrors(error, setError, ["name", "password"])) return;
      setProblem({ message: errorMessage(error), signIn: error instanceof ApiError && error.status === 409 });
    }
  });

  return (
    <div className="grid gap-4">
      <h2 className="text-base font-semibold">Create your account</h2>
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="grid gap-4">
        {problem ? (
          <Alert variant="destructive" role="alert">
            <p>
              {problem.message}
              {problem.signIn ? (
                <>
                  {" "}
                  <Link href={signInUrl} className="font-medium underline">
                    Sign in
                  </Link>
                </>
              ) : null}
            </p>
          </Alert>
        ) : null}
        <FormField id="invite-email" label="Email">
          <Input id="invite-email" type="email" value={email} readOnly disabled />
        </FormField>
        <FormField id="name" label="Your name" error={errors.name?.message}>
          <Input
            id="name"
            autoComplete="name"
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={describedBy("name", { error: errors.name?.message })}
            {...register("name")}
          />
        </FormField>
        <FormField id="password" label="Password" error={errors.password?.message} hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}>
          <Input
            id="password"
            type="password"
            autoComplete="new-password"
            aria-invalid={errors.password ? true : undefined}
            aria-describedby={describedBy("password", { hint: true, error: errors.password?.message })}
            {...register("password")}
          />
        </FormField>
        <Button type="submit" loading={isSubmitting || redirecting} className="w-full">
          Create account and join
        </Button>
      </form>
      <p className="text-center text-sm text-muted-foreground">
        Already have an account?{" "}
        <Link href={signInUrl} className="font-medium text-primary hover:underline">
          Sign in
        </Link>
      </p>
    </div>
  );
}
