"use client";

import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { toast } from "sonner";
import { formatDate } from "@/components/format/dates";
import { PageHeader } from "@/components/layout/page-header";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { ApiError, errorMessage } from "@/lib/http/client";
import { type Procurement, useCancelProcurement, useProcurement } from "@/lib/procurement/hooks";
import { ProcurementStatusBadge } from "../../_components/procurement-status";
import { ApprovalCard } from "./approval-card";
import { CartCard } from "./cart-card";
import { CheckoutCard, FulfilmentCard } from "./checkout-card";
import { CheckoutReturnNotice } from "./checkout-return-notice";
import { QuotesCard } from "./quotes-card";
import { ReceiptCard } from "./receipt-card";
import { ReorderButton } from "./reorder-button";
import { ShipToCard } from "./ship-to-card";
import { TimelineCard } from "./timeline-card";

function BackLink() {
  return (
    <Link href="/procurements" className="mb-4 inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
      <ArrowLeft className="size-4" aria-hidden="true" />
      All orders
    </Link>
  );
}

function CancelButton({ procurement }: { procurement: Procurement }) {
  const cancel = useCancelProcurement(procurement.id);
  return (
    <ConfirmDialog
      trigger={<Button variant="outline">Cancel order</Button>}
      title="Cancel this order?"
      description="The order is kept, marked cancelled, and can no longer be changed or paid for. Nothing has been charged."
      confirmLabel="Cancel order"
      dismissLabel="Keep order"
      tone="destructive"
      onConfirm={() =>
        cancel.mutateAsync().then(
          () => toast.success("Order cancelled"),
          (error: unknown) => {
            toast.error("Could not cancel the order", { description: errorMessage(error) });
            throw error;
          },
        )
      }
    />
  );
}

export function ProcurementDetail({ id }: { id: string }) {
  const query = useProcurement(id);

  if (query.isPending) {
    return (
      <div role="status" aria-label="Loading order" className="grid gap-6">
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-72" />
        <Skeleton className="h-72" />
      </div>
    );
  }
  if (query.isError) {
    const missing = query.error instanceof ApiError && query.error.status === 404;
    return (
      <>
        <BackLink />
        <ErrorState
          title={missing ? "Order not found" : "Could not load this order"}
          message={missing ? "It does not exist or belongs to another organization." : errorMessage(query.error)}
          onRetry={missing ? undefined : () => void query.refetch()}
          retrying={query.isFetching}
        />
      </>
    );
  }

  const procurement = query.data;
  return (
    <>
      <BackLink />
      <PageHeader
        title={`Order for ${procurement.configurationName ?? "a configuration"}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <ProcurementStatusBadge status={procurement.status} />
            Started {formatDate(procurement.createdAt)}
            {procurement.createdByName ? ` by ${procurement.createdByName}` : ""}
          </span>
        }
        actions={
          <div className="flex flex-wrap gap-2">
            {procurement.access.reorder ? <ReorderButton order={procurement} /> : null}
            {procurement.access.cancel ? <CancelButton procurement={procurement} /> : null}
          </div>
        }
      />
      <CheckoutReturnNotice order={procurement} />
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="grid min-w-0 content-start gap-6">
          {procurement.receipt ? <ReceiptCard order={procurement} receipt={procurement.receipt} /> : null}
          <CartCard procurement={procurement} />
          <QuotesCard procurement={procurement} />
        </div>
        <div className="grid min-w-0 content-start gap-6">
          {procurement.needsApproval || procurement.status === "pending_approval" ? <ApprovalCard order={procurement} /> : null}
          {(procurement.access.checkout && !procurement.needsApproval) || procurement.paymentStatus === "pending" ? (
            <CheckoutCard order={procurement} />
          ) : null}
          {["submitted", "confirmed", "shipped", "delivered", "received", "failed"].includes(procurement.status) ? (
            <FulfilmentCard order={procurement} />
          ) : null}
          <ShipToCard procurement={procurement} />
          <TimelineCard timeline={procurement.timeline} />
        </div>
      </div>
    </>
  );
}
