"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { CONFIRM_POLL_MS, type SubscriptionOverview, useSubscription } from "@/lib/billing/hooks";

/** How long to wait for the payment provider to confirm a checkout before saying so. */
const CONFIRM_TIMEOUT_MS = 60_000;

export type CheckoutReturn = "success" | "canceled" | null;
export type CheckoutPhase = "confirming" | "timed_out" | "canceled" | null;

function isConfirmed(overview: SubscriptionOverview | undefined): boolean {
  return overview?.subscription?.status === "active";
}

/**
 * The subscription overview, polled after a return from Checkout until the payment is
 * confirmed (the webhook has landed), so the page and the shell show the new plan.
 */
export function useCheckoutConfirmation(checkout: CheckoutReturn, initialOverview: SubscriptionOverview) {
  const router = useRouter();
  const [phase, setPhase] = useState<CheckoutPhase>(checkout === "success" ? "confirming" : checkout);
  const query = useSubscription({ initialData: initialOverview, refetchInterval: phase === "confirming" ? CONFIRM_POLL_MS : false });
  const overview = query.data ?? initialOverview;
  const announced = useRef(false);
  const confirmed = phase === "confirming" && isConfirmed(overview);

  useEffect(() => {
    if (!confirmed || announced.current) return;
    announced.current = true;
    setPhase(null);
    toast.success("Subscription active", { description: `Thank you. ${overview.planName} is ready to use.` });
    // Drop ?checkout=success so a reload does not confirm again, then let the shell pick up the plan.
    window.history.replaceState(null, "", "/settings/billing");
    router.refresh();
  }, [confirmed, overview.planName, router]);

  useEffect(() => {
    if (phase !== "confirming") return;
    const timer = setTimeout(() => setPhase("timed_out"), CONFIRM_TIMEOUT_MS);
    return () => clearTimeout(timer);
  }, [phase]);

  return {
    overview,
    phase,
    checkAgain: () => {
      announced.current = false;
      setPhase("confirming");
    },
  };
}
