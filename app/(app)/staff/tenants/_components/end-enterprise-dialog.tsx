"use client";

import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { errorMessage } from "@/lib/http/client";
import { type StaffTenantRow, useEndEnterprisePlan } from "@/lib/platform/hooks";

/** Ends an Enterprise agreement: the organization keeps everything but can only read until it subscribes. */
export function EndEnterpriseDialog({ tenant }: { tenant: StaffTenantRow }) {
  const endPlan = useEndEnterprisePlan();

  async function onConfirm() {
    try {
      await endPlan.mutateAsync(tenant.id);
      toast.success(`Enterprise agreement with ${tenant.name} ended`, {
        description: "The organization is read-only until it subscribes.",
      });
    } catch (error) {
      toast.error(`Could not end the agreement with ${tenant.name}`, { description: errorMessage(error) });
      throw error;
    }
  }

  return (
    <ConfirmDialog
      title={`End the Enterprise agreement with ${tenant.name}?`}
      description={
        <>
          <span className="block">{tenant.name} becomes read-only until it subscribes to a plan, and its MRR drops to $0.</span>
          <span className="mt-2 block">Nothing is deleted: its members, configurations and invoices stay as they are.</span>
        </>
      }
      confirmLabel="End agreement"
      onConfirm={onConfirm}
      trigger={
        <Button
          variant="outline"
          size="sm"
          aria-label={`End Enterprise for ${tenant.name}`}
          className="text-destructive hover:text-destructive"
        >
          End Enterprise
        </Button>
      }
    />
  );
}
