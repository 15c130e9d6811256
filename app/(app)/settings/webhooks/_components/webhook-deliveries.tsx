"use client";

import { RotateCcw } from "lucide-react";
import { toast } from "sonner";
import { formatDateTime } from "@/components/format/dates";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadMore } from "@/components/ui/load-more";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { errorMessage } from "@/lib/http/client";
import { useRedeliverWebhook, useWebhookDeliveries, type WebhookDeliveryItem, type WebhookEndpointItem } from "@/lib/webhooks/hooks";

const COLUMNS = ["Event", "Status", "Response", "Latency", "Sent"];

function StatusBadge({ delivery }: { delivery: WebhookDeliveryItem }) {
  if (delivery.status === "succeeded") return <Badge variant="success">Delivered</Badge>;
  if (delivery.status === "failed") return <Badge variant="destructive">Failed</Badge>;
  return <Badge variant="warning">{delivery.attempts > 0 ? `Retrying (${delivery.attempts} tried)` : "Sending"}</Badge>;
}

/** One endpoint's delivery log, newest first: what was sent, what came back, how long it took. */
export function WebhookDeliveries({ endpoint }: { endpoint: WebhookEndpointItem }) {
  const query = useWebhookDeliveries(endpoint.id);
  const redeliver = useRedeliverWebhook();
  const deliveries = query.data?.pages.flatMap((page) => page.items) ?? [];

  async function onRedeliver(delivery: WebhookDeliveryItem) {
    try {
      await redeliver.mutateAsync({ id: endpoint.id, deliveryId: delivery.id });
      toast.success("Event queued again", { description: "It keeps its webhook-id, so the receiver can tell it is the same event." });
    } catch (error) {
      toast.error("Could not redeliver", { description: errorMessage(error) });
    }
  }

  if (query.isPending) return <TableSkeleton columns={COLUMNS.length} rows={2} label="Loading deliveries" />;
  if (query.isError) {
    return (
      <ErrorState
        title="Could not load deliveries"
        message={errorMessage(query.error)}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  if (deliveries.length === 0) {
    return (
      <EmptyState
        icon={RotateCcw}
        title="No deliveries yet"
        description="Events this endpoint subscribes to show here once they happen. Send a test event to try it."
      />
    );
  }
  return (
    <div className="grid gap-3" aria-label={`Deliveries to ${endpoint.url}`} role="region">
      <Table>
        <TableHeader>
          <TableRow>
            {COLUMNS.map((column) => (
              <TableHead key={column}>{column}</TableHead>
            ))}
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {deliveries.map((delivery) => (
            <TableRow key={delivery.id}>
              <TableCell>
                <p className="font-mono text-xs">{delivery.eventType}</p>
                <p className="font-mono text-[10px] text-muted-foreground">{delivery.eventId}</p>
              </TableCell>
              <TableCell>
                <StatusBadge delivery={delivery} />
              </TableCell>
              <TableCell className="max-w-64">
                <p className="text-xs">{delivery.responseStatus ? `HTTP ${delivery.responseStatus}` : (delivery.error ?? "—")}</p>
                {delivery.responseExcerpt ? (
                  <p className="truncate font-mono text-[10px] text-muted-foreground" title={delivery.responseExcerpt}>
                    {delivery.responseExcerpt}
                  </p>
                ) : null}
              </TableCell>
              <TableCell className="whitespace-nowrap text-muted-foreground">
                {delivery.latencyMs === null ? "—" : `${delivery.latencyMs} ms`}
              </TableCell>
              <TableCell className="min-w-28 text-muted-foreground">
                {formatDateTime(delivery.lastAttemptAt ?? delivery.createdAt)}
              </TableCell>
              <TableCell>
                <Button
                  variant="ghost"
                  size="sm"
                  onClick={() => void onRedeliver(delivery)}
                  disabled={!endpoint.enabled || delivery.status === "pending"}
                  aria-label={`Redeliver ${delivery.eventType}`}
                >
                  <RotateCcw aria-hidden="true" />
                  Redeliver
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <LoadMore query={query} />
    </div>
  );
}
