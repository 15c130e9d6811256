"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { applyServerFieldErrors } from "@/components/forms/server-errors";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { describedBy, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { type ChangePasswordInput, changePasswordSchema } from "@/lib/auth/account-schemas";
import { useChangePassword } from "@/lib/auth/hooks";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { errorMessage } from "@/lib/http/client";

export function PasswordForm() {
  const change = useChangePassword();
  const { register, handleSubmit, setError, reset, formState } = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "" },
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    try {
      await change.mutateAsync(values);
      reset();
      toast.success("Password changed", { description: "Every other session of your account is signed out." });
    } catch (error) {
      if (!applyServerFieldErrors(error, setError, ["currentPassword", "newPassword"])) {
        toast.error("Could not change the password", { description: errorMessage(error) });
      }
    }
  });

  return (
    <Card>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Change password">
        <CardHeader>
          <CardTitle>Password</CardTitle>
          <CardDescription>Changing it signs out every other browser and device; this one stays signed in.</CardDescription>
        </CardHeader>
        <CardContent className="grid max-w-lg gap-4">
          <FormField id="current-password" label="Current password" error={errors.currentPassword?.message}>
            <Input
              id="current-password"
              type="password"
              autoComplete="current-password"
              aria-invalid={errors.currentPassword ? true : undefined}
              aria-describedby={describedBy("current-password", { error: errors.currentPassword?.message })}
              {...register("currentPassword")}
            />
          </FormField>
          <FormField
            id="new-password"
            label="New password"
            hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
            error={errors.newPassword?.message}
          >
            <Input
              id="new-password"
              type="password"
              autoComplete="new-password"
              aria-invalid={errors.newPassword ? true : undefined}
              aria-describedby={describedBy("new-password", { hint: true, error: errors.newPassword?.message })}
              {...register("newPassword")}
            />
          </FormField>
        </CardContent>
        <CardFooter className="justify-end border-t border-border pt-6">
          <Button type="submit" loading={isSubmitting}>
            Change password
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
