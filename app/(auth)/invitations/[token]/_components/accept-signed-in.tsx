"use client";

import { useState } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { apiFetch, errorMessage } from "@/lib/http/client";

export function AcceptSignedIn({ token, tenantName }: { token: string; tenantName: string }) {
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function accept() {
    setPending(true);
    setProblem(null);
    try {
      await apiFetch(`/api/tenants/invitations/${encodeURIComponent(token)}/accept`, { method: "POST", body: {} });
      toast.success(`Welcome to ${tenantName}`);
      window.location.assign("/app");
    } catch (error) {
      setProblem(errorMessage(error));
      setPending(false);
    }
  }

  return (
    <div className="grid gap-3">
      {problem ? (
        <Alert variant="destructive" role="alert">
          {problem}
        </Alert>
      ) : null}
      <Button type="button" onClick={() => void accept()} loading={pending} className="w-full">
        Accept invitation
      </Button>
    </div>
  );
}
