"use client";

import { History, Power, RotateCw, Send, Trash2 } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { formatDateTime } from "@/components/format/dates";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { errorMessage } from "@/lib/http/client";
import {
  type CreatedWebhookEndpoint,
  useDeleteWebhookEndpoint,
  useRotateWebhookSecret,
  useSendWebhookTestEvent,
  useUpdateWebhookEndpoint,
  type WebhookEndpointItem,
} from "@/lib/webhooks/hooks";
import { EditWebhookDialog } from "./edit-webhook-dialog";
import { WebhookDeliveries } from "./webhook-deliveries";

type Props = { endpoint: WebhookEndpointItem; onRotated: (created: CreatedWebhookEndpoint) => void };

/** One endpoint: its events and state, what can be done with it, and its delivery log. */
export function WebhookEndpointCard({ endpoint, onRotated }: Props) {
  const [showLog, setShowLog] = useState(false);
  const update = useUpdateWebhookEndpoint();
  const remove = useDeleteWebhookEndpoint();
  const rotate = useRotateWebhookSecret();
  const sendTest = useSendWebhookTestEvent();

  async function toggle() {
    try {
      await update.mutateAsync({ id: endpoint.id, input: { enabled: !endpoint.enabled } });
      toast.success(endpoint.enabled ? "Endpoint disabled: no events are sent to it" : "Endpoint enabled");
    } catch (error) {
      toast.error(`Could not ${endpoint.enabled ? "disable" : "enable"} the endpoint`, { description: errorMessage(error) });
    }
  }

  async function onTest() {
    try {
      await sendTest.mutateAsync(endpoint.id);
      setShowLog(true);
      toast.success("Test event queued", { description: "Its delivery shows in the log in a moment." });
    } catch (error) {
      toast.error("Could not send a test event", { description: errorMessage(error) });
    }
  }

  async function onRotate() {
    try {
      onRotated(await rotate.mutateAsync(endpoint.id));
    } catch (error) {
      toast.error("Could not rotate the secret", { description: errorMessage(error) });
      throw error;
    }
  }

  async function onDelete() {
    try {
      await remove.mutateAsync(endpoint.id);
      toast.success("Endpoint deleted");
    } catch (error) {
      toast.error("Could not delete the endpoint", { description: errorMessage(error) });
      throw error;
    }
  }

  return (
    <Card>
      <CardHeader className="gap-2">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <CardTitle className="min-w-0 break-all font-mono text-sm">{endpoint.url}</CardTitle>
          <Badge variant={endpoint.enabled ? "success" : "warning"}>{endpoint.enabled ? "Enabled" : "Disabled"}</Badge>
        </div>
        {endpoint.description ? <CardDescription>{endpoint.description}</CardDescription> : null}
        {endpoint.disabledReason ? <p className="text-sm text-destructive">{endpoint.disabledReason}</p> : null}
        {endpoint.enabled && endpoint.failingSince ? (
          <p className="text-sm text-amber-700">Failing since {formatDateTime(endpoint.failingSince)}: deliveries are being retried.</p>
        ) : null}
        {endpoint.previousSecretExpiresAt ? (
          <p className="text-xs text-muted-foreground">
            The previous secret also signs until {formatDateTime(endpoint.previousSecretExpiresAt)}.
          </p>
        ) : null}
      </CardHeader>
      <CardContent className="grid gap-4">
        <div className="flex flex-wrap gap-1">
          {endpoint.eventTypes.map((type) => (
            <Badge key={type} variant="secondary" className="font-mono">
              {type}
            </Badge>
          ))}
        </div>
        <div className="flex flex-wrap gap-2">
          <Button variant="outline" size="sm" aria-pressed={showLog} onClick={() => setShowLog((v) => !v)}>
            <History aria-hidden="true" />
            Deliveries
          </Button>
          <Button variant="outline" size="sm" onClick={() => void onTest()} loading={sendTest.isPending} disabled={!endpoint.enabled}>
            <Send aria-hidden="true" />
            Send test event
          </Button>
          <EditWebhookDialog endpoint={endpoint} />
          <Button variant="outline" size="sm" onClick={() => void toggle()} loading={update.isPending}>
            <Power aria-hidden="true" />
            {endpoint.enabled ? "Disable" : "Enable"}
          </Button>
          <ConfirmDialog
            title="Rotate the signing secret?"
            description={
              <p>
                You get a new secret, shown once. The current one keeps signing alongside it for 24 hours, so switch the receiver to the new
                one within that time.
              </p>
            }
            confirmLabel="Rotate secret"
            tone="default"
            onConfirm={onRotate}
            trigger={
              <Button variant="outline" size="sm">
                <RotateCw aria-hidden="true" />
                Rotate secret
              </Button>
            }
          />
          <ConfirmDialog
            title="Delete this endpoint?"
            description={
              <p className="break-all">No more events go to {endpoint.url}, and its delivery log is deleted. This cannot be undone.</p>
            }
            confirmLabel="Delete endpoint"
            onConfirm={onDelete}
            trigger={
              <Button variant="ghost" size="sm" className="text-muted-foreground hover:text-destructive">
                <Trash2 aria-hidden="true" />
                Delete
              </Button>
            }
          />
        </div>
        {showLog ? <WebhookDeliveries endpoint={endpoint} /> : null}
      </CardContent>
    </Card>
  );
}
