"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { ApiError, apiFetch, errorMessage } from "@/lib/http/client";
import { parseDecimalText } from "@/lib/http/text";

/** Settings → Organization: orders above this total, placed by members who are not admins, wait for an admin. */
export function ApprovalThresholdForm({ threshold }: { threshold: number | null }) {
  const router = useRouter();
  const [text, setText] = useState(threshold === null ? "" : String(threshold));
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const value = parseDecimalText(text);
  const dirty = value !== threshold;

  async function save(event: React.FormEvent) {
    event.preventDefault();
    if (value !== null && (!Number.isFinite(value) || value < 0)) {
      setError("Enter an amount in dollars, such as 500, or leave it empty for no approvals");
      return;
    }
    setSaving(true);
    setError(undefined);
    try {
      await apiFetch("/api/tenants/me", { method: "PUT", body: { procurementApprovalThreshold: value } });
      toast.success(value === null ? "Orders no longer need approval" : "Approval threshold saved");
      router.refresh();
    } catch (caught) {
      const field = caught instanceof ApiError ? caught.details.find((d) => d.path === "procurementApprovalThreshold") : undefined;
      setError(field?.message);
      if (!field) toast.error("Could not save the threshold", { description: errorMessage(caught) });
    } finally {
      setSaving(false);
    }
  }

  return (
    <Card>
      <form onSubmit={(e) => void save(e)} noValidate>
        <CardHeader>
          <CardTitle>Order approval</CardTitle>
          <CardDescription>
            Orders above this total placed by members who are not admins wait for an admin to approve them before they can be paid for.
            Leave it empty and no order needs approval.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid max-w-xs gap-4">
          <FormField id="approval-threshold" label="Approval threshold (USD)" error={error}>
            <Input
              id="approval-threshold"
              inputMode="decimal"
              placeholder="No approval needed"
              value={text}
              aria-invalid={error ? true : undefined}
              onChange={(e) => setText(e.target.value)}
            />
          </FormField>
        </CardContent>
        <CardFooter className="justify-end border-t border-border pt-6">
          <Button type="submit" loading={saving} disabled={!dirty}>
            Save threshold
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
