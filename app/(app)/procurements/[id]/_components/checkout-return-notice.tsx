"use client";

import { Loader2 } from "lucide-react";
import { useSearchParams } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import type { Procurement } from "@/lib/procurement/hooks";

/** Back from Stripe Checkout: says whether the payment is confirmed yet, or that nothing was charged. */
export function CheckoutReturnNotice({ order }: { order: Procurement }) {
  const checkout = useSearchParams().get("checkout");
  if (checkout === "cancelled" && order.paymentStatus !== "authorized") {
    return (
      <Alert variant="info" className="mb-6">
        <p>Checkout cancelled: nothing was charged. The order is still here when you want to pay.</p>
      </Alert>
    );
  }
  if (checkout !== "success") return null;
  if (order.paymentStatus === "pending") {
    return (
      <Alert variant="info" className="mb-6" role="status">
        <Loader2 className="animate-spin" aria-hidden="true" />
        <p>Confirming your payment with Stripe… this page updates by itself.</p>
      </Alert>
    );
  }
  if (order.paymentStatus === "authorized" || order.paymentStatus === "paid") {
    return (
      <Alert variant="success" className="mb-6" role="status">
        <p>
          Payment authorised.{" "}
          {order.supplierOrderId ? `The supplier has the order (${order.supplierOrderId}).` : "Placing the order with the supplier…"}
        </p>
      </Alert>
    );
  }
  return null;
}
