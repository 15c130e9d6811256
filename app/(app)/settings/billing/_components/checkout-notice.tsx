"use client";

import { Clock, Info, Loader2 } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { CheckoutPhase } from "./use-checkout-confirmation";

type CheckoutNoticeProps = { phase: CheckoutPhase; onCheckAgain: () => void };

/** What happened to the checkout the admin just came back from. */
export function CheckoutNotice({ phase, onCheckAgain }: CheckoutNoticeProps) {
  if (phase === "confirming") {
    return (
      <Alert variant="info" role="status">
        <Loader2 className="animate-spin" aria-hidden="true" />
        <div>
          <p className="font-semibold">Confirming your payment…</p>
          <p>This usually takes a few seconds. You can stay on this page.</p>
        </div>
      </Alert>
    );
  }
  if (phase === "timed_out") {
    return (
      <Alert variant="warning" role="status">
        <Clock aria-hidden="true" />
        <div className="grid gap-2">
          <p>
            <span className="font-semibold">The payment is not confirmed yet.</span> Confirmation can take a few minutes; the plan switches
            on as soon as it arrives. Check again shortly.
          </p>
          <div>
            <Button variant="outline" size="sm" onClick={onCheckAgain}>
              Check again
            </Button>
          </div>
        </div>
      </Alert>
    );
  }
  if (phase === "canceled") {
    return (
      <Alert variant="info" role="status">
        <Info aria-hidden="true" />
        <p>Checkout canceled; nothing was charged.</p>
      </Alert>
    );
  }
  return null;
}
