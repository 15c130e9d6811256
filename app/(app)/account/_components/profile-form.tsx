"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { applyServerFieldErrors } from "@/components/forms/server-errors";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { describedBy, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { type UpdateProfileInput, updateProfileSchema } from "@/lib/auth/account-schemas";
import { type Profile, useUpdateProfile } from "@/lib/auth/hooks";
import { errorMessage } from "@/lib/http/client";

export function ProfileForm({ profile }: { profile: Profile }) {
  const router = useRouter();
  const update = useUpdateProfile();
  const { register, handleSubmit, setError, reset, formState } = useForm<UpdateProfileInput>({
    resolver: zodResolver(updateProfileSchema),
    defaultValues: { name: profile.name },
  });
  const { errors, isSubmitting, isDirty } = formState;

  const onSubmit = handleSubmit(async (values) => {
    try {
      const saved = await update.mutateAsync(values);
      reset({ name: saved.name });
      toast.success("Your name is updated");
      router.refresh();
    } catch (error) {
      if (!applyServerFieldErrors(error, setError, ["name"])) toast.error("Could not save your name", { description: errorMessage(error) });
    }
  });

  return (
    <Card>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Profile">
        <CardHeader>
          <CardTitle>Profile</CardTitle>
          <CardDescription>Your name is shown to your team, in shares and in the audit log.</CardDescription>
        </CardHeader>
        <CardContent className="grid max-w-lg gap-4">
          <FormField id="profile-name" label="Name" error={errors.name?.message}>
            <Input
              id="profile-name"
              autoComplete="name"
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={describedBy("profile-name", { error: errors.name?.message })}
              {...register("name")}
            />
          </FormField>
          <FormField id="profile-email" label="Email" hint="The address you sign in with.">
            <Input id="profile-email" value={profile.email} readOnly aria-describedby={describedBy("profile-email", { hint: true })} />
          </FormField>
        </CardContent>
        <CardFooter className="justify-end border-t border-border pt-6">
          <Button type="submit" loading={isSubmitting} disabled={!isDirty}>
            Save name
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
