"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { UserPlus } from "lucide-react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { type InviteMemberFormInput, inviteMemberFormSchema } from "@/components/forms/schemas";
import { applyServerFieldErrors } from "@/components/forms/server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { describedBy, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { ApiError, errorMessage } from "@/lib/http/client";
import { useInviteMember } from "@/lib/tenants/hooks";
import { ROLE_DESCRIPTIONS, ROLE_OPTIONS } from "./roles";

const EMPTY: InviteMemberFormInput = { email: "", role: "user" };

export function InviteDialog() {
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<{ message: string; planLimit: boolean } | null>(null);
  const invite = useInviteMember();
  const { register, handleSubmit, setError, reset, watch, formState } = useForm<InviteMemberFormInput>({
    resolver: zodResolver(inviteMemberFormSchema),
    defaultValues: EMPTY,
  });
  const { errors, isSubmitting } = formState;
  const role = watch("role");

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) {
      reset(EMPTY);
      setProblem(null);
    }
  }

  const onSubmit = handleSubmit(async (values) => {
    setProblem(null);
    try {
      const input = inviteMemberFormSchema.parse(values);
      await invite.mutateAsync(input);
      toast.success(`Invitation sent to ${input.email}`);
      onOpenChange(false);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setError("email", { type: "server", message: error.message }, { shouldFocus: true });
      } else if (!applyServerFieldErrors(error, setError, ["email", "role"])) {
        setProblem({ message: errorMessage(error), planLimit: error instanceof ApiError && error.code === "plan_limit" });
      }
    }
  });

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>
          <UserPlus aria-hidden="true" />
          Invite member
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Invite a member</DialogTitle>
          <DialogDescription>We email them a link that works for 7 days.</DialogDescription>
        </DialogHeader>
        <form onSubmit={(e) => void onSubmit(e)} noValidate className="grid gap-4">
          {problem ? (
            <Alert variant={problem.planLimit ? "warning" : "destructive"} role="alert">
              <div>
                {problem.planLimit ? <p className="font-semibold">You have reached your plan&apos;s seat limit</p> : null}
                <p>{problem.message}</p>
              </div>
            </Alert>
          ) : null}
          <FormField id="invite-email" label="Email" error={errors.email?.message}>
            <Input
              id="invite-email"
              type="email"
              autoComplete="off"
              placeholder="colleague@company.com"
              aria-invalid={errors.email ? true : undefined}
              aria-describedby={describedBy("invite-email", { error: errors.email?.message })}
              {...register("email")}
            />
          </FormField>
          <FormField id="invite-role" label="Role" error={errors.role?.message} hint={ROLE_DESCRIPTIONS[role]}>
            <Select
              id="invite-role"
              aria-describedby={describedBy("invite-role", { hint: true, error: errors.role?.message })}
              {...register("role")}
            >
              {ROLE_OPTIONS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </Select>
          </FormField>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
              Cancel
            </Button>
            <Button type="submit" loading={isSubmitting}>
              Send invitation
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
