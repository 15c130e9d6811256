"use client";

import { CreditCard } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { usePortalSession } from "@/lib/billing/hooks";
import { errorMessage } from "@/lib/http/client";

/** Opens the payment provider's portal, where cards and billing details are kept. */
export function PortalButton() {
  const portal = usePortalSession();
  const [redirecting, setRedirecting] = useState(false);

  async function onClick() {
    try {
      const { url } = await portal.mutateAsync();
      setRedirecting(true);
      window.location.assign(url);
    } catch (error) {
      toast.error("Could not open the payment settings", { description: errorMessage(error) });
    }
  }

  const busy = portal.isPending || redirecting;
  return (
    <Button variant="outline" onClick={() => void onClick()} loading={busy}>
      {busy ? null : <CreditCard aria-hidden="true" />}
      Manage payment methods
    </Button>
  );
}
