"use client";

import { ShoppingCart } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { errorMessage } from "@/lib/http/client";
import { useCreateProcurement } from "@/lib/procurement/hooks";
import { MAX_QUANTITY } from "@/lib/procurement/schemas";

/** Puts the selected actuator in the member's open order for this configuration (a new one when there is none). */
export function AddToOrder({ configurationId, sku }: { configurationId: string; sku: string }) {
  const router = useRouter();
  const [qty, setQty] = useState("1");
  const create = useCreateProcurement();
  const value = Number(qty);
  const valid = Number.isInteger(value) && value >= 1 && value <= MAX_QUANTITY;

  function add() {
    create.mutate(
      { configurationId, items: [{ sku, qty: value }], addToDraft: true },
      {
        onSuccess: (order) =>
          toast.success(`${sku} × ${value} added to the order`, {
            description: `${order.lines.length} line${order.lines.length === 1 ? "" : "s"} in the draft`,
            action: { label: "Open order", onClick: () => router.push(`/procurements/${order.id}`) },
          }),
        onError: (error) => toast.error("Could not add to the order", { description: errorMessage(error) }),
      },
    );
  }

  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="grid w-24 gap-1">
        <Label htmlFor="order-qty">Quantity</Label>
        <Input
          id="order-qty"
          inputMode="numeric"
          value={qty}
          aria-invalid={valid ? undefined : true}
          onChange={(e) => setQty(e.target.value)}
        />
      </div>
      <Button type="button" onClick={add} loading={create.isPending} disabled={!valid}>
        {create.isPending ? null : <ShoppingCart aria-hidden="true" />}
        Add {sku} to order
      </Button>
      {valid ? null : (
        <p className="w-full text-xs text-destructive">Enter a whole number from 1 to {MAX_QUANTITY.toLocaleString("en-US")}</p>
      )}
    </div>
  );
}
