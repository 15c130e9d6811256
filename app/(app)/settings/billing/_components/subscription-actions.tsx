"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { formatBillingDate } from "@/components/format/subscription";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { type SubscriptionOverview, useCancelSubscription, useResumeSubscription } from "@/lib/billing/hooks";
import { errorMessage } from "@/lib/http/client";

type LiveSubscription = NonNullable<SubscriptionOverview["subscription"]>;

/** Cancel at the end of the period, or take that back (admins, live subscriptions only). */
export function SubscriptionActions({ planName, subscription }: { planName: string; subscription: LiveSubscription }) {
  const router = useRouter();
  const cancel = useCancelSubscription();
  const resume = useResumeSubscription();
  const periodEnd = formatBillingDate(subscription.currentPeriodEnd);

  async function onCancel() {
    try {
      await cancel.mutateAsync();
      toast.success("Subscription canceled", { description: `${planName} keeps working until ${periodEnd}.` });
      router.refresh();
    } catch (error) {
      toast.error("Could not cancel the subscription", { description: errorMessage(error) });
      throw error;
    }
  }

  function onResume() {
    resume.mutate(undefined, {
      onSuccess: () => {
        toast.success("Subscription resumed", { description: `${planName} renews on ${periodEnd}.` });
        router.refresh();
      },
      onError: (error) => toast.error("Could not resume the subscription", { description: errorMessage(error) }),
    });
  }

  if (subscription.cancelAtPeriodEnd) {
    return (
      <Button onClick={onResume} loading={resume.isPending}>
        Resume subscription
      </Button>
    );
  }
  return (
    <ConfirmDialog
      title="Cancel the subscription?"
      description={
        <>
          <p>
            {planName} keeps working until {periodEnd}; nothing is deleted. After that the organization becomes read-only until someone
            chooses a plan again.
          </p>
          <p>You can resume the subscription any time before {periodEnd}.</p>
        </>
      }
      confirmLabel="Cancel at period end"
      dismissLabel="Keep subscription"
      onConfirm={onCancel}
      trigger={
        <Button variant="outline" className="text-destructive hover:text-destructive">
          Cancel subscription
        </Button>
      }
    />
  );
}
