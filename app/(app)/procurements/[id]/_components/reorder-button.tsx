"use client";

import { RotateCcw } from "lucide-react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { errorMessage } from "@/lib/http/client";
import { type Procurement, useCreateProcurement } from "@/lib/procurement/hooks";

/** Starts a new draft with the same lines, order type and address, priced afresh. */
export function ReorderButton({ order }: { order: Procurement }) {
  const router = useRouter();
  const create = useCreateProcurement();

  function reorder() {
    create.mutate(
      { configurationId: order.configurationId, orderType: order.orderType, items: order.lines.map(({ sku, qty }) => ({ sku, qty })) },
      {
        onSuccess: (draft) => {
          toast.success("A new draft with the same actuators", { description: "Compare quotes again: prices and stock may have moved." });
          router.push(`/procurements/${draft.id}`);
        },
        onError: (error) => toast.error("Could not start the new order", { description: errorMessage(error) }),
      },
    );
  }

  return (
    <Button type="button" variant="outline" onClick={reorder} loading={create.isPending}>
      {create.isPending ? null : <RotateCcw aria-hidden="true" />}
      Order again
    </Button>
  );
}
