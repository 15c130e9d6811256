"use client";

import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { formatMoney } from "@/lib/billing/money";
import { errorMessage } from "@/lib/http/client";
import { type Procurement, useDecideApproval, useRequestApproval } from "@/lib/procurement/hooks";

const TEXTAREA =
  "w-full rounded-md border border-input bg-background px-3 py-2 text-sm shadow-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring";

/** Above the organization's threshold: the member asks, an admin approves or rejects with a reason. */
export function ApprovalCard({ order }: { order: Procurement }) {
  const [note, setNote] = useState("");
  const request = useRequestApproval(order.id);
  const decide = useDecideApproval(order.id);
  const total = formatMoney(order.totalCents, order.currency);
  const waiting = order.status === "pending_approval";
  const trimmed = note.trim() === "" ? undefined : note.trim();

  function ask() {
    request.mutate(
      { note: trimmed },
      {
        onSuccess: () => {
          setNote("");
          toast.success("Sent for approval", { description: "The organization's admins have been emailed." });
        },
        onError: (error) => toast.error("Could not ask for approval", { description: errorMessage(error) }),
      },
    );
  }

  function answer(decision: "approve" | "reject") {
    decide.mutate(
      { decision, note: trimmed },
      {
        onSuccess: () => {
          setNote("");
          toast.success(decision === "approve" ? "Order approved" : "Order sent back to draft");
        },
        onError: (error) => toast.error("Could not record the decision", { description: errorMessage(error) }),
      },
    );
  }

  if (waiting && !order.access.decide) {
    return (
      <Card>
        <CardHeader>
          <CardTitle>Waiting for approval</CardTitle>
          <CardDescription>An admin has been asked to approve this order of {total}. You can pay once they have.</CardDescription>
        </CardHeader>
      </Card>
    );
  }
  return (
    <Card>
      <CardHeader>
        <CardTitle>{waiting ? "Approve this order?" : "Approval needed"}</CardTitle>
        <CardDescription>
          {waiting
            ? `${order.createdByName ?? "A member"} asks to order ${total}. Approve it so they can pay, or reject it with a reason.`
            : `${total} is above your organization's approval threshold: an admin approves it before it can be paid for.`}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <FormField id="approval-note" label={waiting ? "Note (needed to reject)" : "Note for the admins (optional)"}>
          <textarea id="approval-note" rows={2} className={TEXTAREA} value={note} onChange={(e) => setNote(e.target.value)} />
        </FormField>
        <div className="flex flex-wrap gap-2">
          {waiting ? (
            <>
              <Button
                type="button"
                onClick={() => answer("approve")}
                loading={decide.isPending && decide.variables?.decision === "approve"}
              >
                Approve
              </Button>
              <Button
                type="button"
                variant="outline"
                onClick={() => answer("reject")}
                disabled={trimmed === undefined}
                loading={decide.isPending && decide.variables?.decision === "reject"}
              >
                Reject
              </Button>
            </>
          ) : (
            <Button type="button" onClick={ask} loading={request.isPending} disabled={!order.selectedSupplier}>
              Ask for approval
            </Button>
          )}
        </div>
      </CardContent>
    </Card>
  );
}
