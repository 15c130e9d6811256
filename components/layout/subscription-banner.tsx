import { AlertTriangle } from "lucide-react";
import type { Actor } from "@/lib/auth/actor";

const MESSAGES: Partial<Record<Actor["subscriptionStatus"], string>> = {
  past_due: "The last payment for this organization failed. Update the payment method to keep access to every feature.",
  canceled: "This organization's subscription is canceled. Choose a plan to keep working with your configurations.",
};

export function SubscriptionBanner({ status, isAdmin }: { status: Actor["subscriptionStatus"]; isAdmin: boolean }) {
  const message = MESSAGES[status];
  if (!message) return null;
  return (
    <div role="alert" className="flex items-start gap-3 border-b border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-950 sm:px-8">
      <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
      <p>
        {message}
        {isAdmin ? null : " Ask an admin of your organization to sort it out."}
      </p>
    </div>
  );
}
