"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { type OrganizationFormInput, organizationFormSchema } from "@/components/forms/schemas";
import { applyServerFieldErrors } from "@/components/forms/server-errors";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { describedBy, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { apiFetch, errorMessage } from "@/lib/http/client";

type TenantResponse = { name: string; billingEmail: string | null };

export function OrganizationForm({ name, billingEmail }: { name: string; billingEmail: string | null }) {
  const router = useRouter();
  const { register, handleSubmit, setError, reset, formState } = useForm<OrganizationFormInput>({
    resolver: zodResolver(organizationFormSchema),
    defaultValues: { name, billingEmail: billingEmail ?? "" },
  });
  const { errors, isSubmitting, isDirty } = formState;

  const onSubmit = handleSubmit(async (values) => {
    const parsed = organizationFormSchema.parse(values);
    try {
      const saved = await apiFetch<TenantResponse>("/api/tenants/me", {
        method: "PUT",
        body: { name: parsed.name, billingEmail: parsed.billingEmail === "" ? null : parsed.billingEmail },
      });
      reset({ name: saved.name, billingEmail: saved.billingEmail ?? "" });
      toast.success("Organization updated");
      router.refresh();
    } catch (error) {
      if (!applyServerFieldErrors(error, setError, ["name", "billingEmail"])) {
        toast.error("Could not save the organization", { description: errorMessage(error) });
      }
    }
  });

  return (
    <Card>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <CardHeader>
          <CardTitle>General</CardTitle>
          <CardDescription>The name appears in the app, in invitations and on invoices.</CardDescription>
        </CardHeader>
        <CardContent className="grid max-w-lg gap-4">
          <FormField id="org-name" label="Organization name" error={errors.name?.message}>
            <Input
              id="org-name"
              autoComplete="organization"
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={describedBy("org-name", { error: errors.name?.message })}
              {...register("name")}
            />
          </FormField>
          <FormField
            id="org-billing-email"
            label="Billing email"
            error={errors.billingEmail?.message}
            hint="Invoices and payment notices go here."
          >
            <Input
              id="org-billing-email"
              type="email"
              autoComplete="email"
              aria-invalid={errors.billingEmail ? true : undefined}
              aria-describedby={describedBy("org-billing-email", { hint: true, error: errors.billingEmail?.message })}
              {...register("billingEmail")}
            />
          </FormField>
        </CardContent>
        <CardFooter className="justify-end border-t border-border pt-6">
          <Button type="submit" loading={isSubmitting} disabled={!isDirty}>
            Save changes
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
