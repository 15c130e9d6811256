import { Badge } from "@/components/ui/badge";
import type { ProcurementStatus } from "@/lib/procurement/status";

export const PROCUREMENT_STATUS_LABELS: Record<ProcurementStatus, string> = {
  draft: "Draft",
  pending_approval: "Waiting for approval",
  approved: "Approved",
  submitted: "Submitted",
  confirmed: "Confirmed",
  shipped: "Shipped",
  delivered: "Delivered",
  received: "Received",
  failed: "Failed",
  cancelled: "Cancelled",
};

const VARIANTS: Record<ProcurementStatus, "default" | "secondary" | "outline" | "success" | "warning" | "destructive"> = {
  draft: "secondary",
  pending_approval: "warning",
  approved: "default",
  submitted: "default",
  confirmed: "default",
  shipped: "default",
  delivered: "success",
  received: "success",
  failed: "destructive",
  cancelled: "outline",
};

export function ProcurementStatusBadge({ status }: { status: ProcurementStatus }) {
  return <Badge variant={VARIANTS[status]}>{PROCUREMENT_STATUS_LABELS[status]}</Badge>;
}
