"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { SecretField } from "@/components/ui/secret-field";
import type { CreatedWebhookEndpoint } from "@/lib/webhooks/hooks";

type SecretProps = { created: CreatedWebhookEndpoint; title: string; rotated?: boolean; onDone: () => void };

/** An endpoint's signing secret with a copy button and how to verify with it; shown this once. */
export function WebhookSecret({ created, title, rotated = false, onDone }: SecretProps) {
  return (
    <>
      <DialogHeader>
        <DialogTitle>{title}</DialogTitle>
        <DialogDescription className="break-all">{created.endpoint.url}</DialogDescription>
      </DialogHeader>
      <div className="grid gap-4">
        <Alert variant="warning" role="status">
          <p>
            This is the only time the secret is shown. Store it with the receiver now; if it is lost, rotate it.
            {rotated ? " The previous secret keeps signing alongside it for 24 hours, so the receiver can switch meanwhile." : ""}
          </p>
        </Alert>
        <SecretField id="webhook-secret" label="Signing secret" value={created.secret} copyLabel="Copy the secret" />
        <div className="grid gap-1.5 text-sm">
          <p className="font-medium">Verify a delivery (Node.js)</p>
          <pre className="overflow-x-auto rounded-md bg-muted p-3 text-xs">
            <code>{`import { Webhook } from "standardwebhooks";\nconst event = new Webhook(secret).verify(rawBody, headers);`}</code>
          </pre>
        </div>
      </div>
      <DialogFooter>
        <Button type="button" onClick={onDone}>
          Done
        </Button>
      </DialogFooter>
    </>
  );
}

/** WebhookSecret in its own dialog, open while there is a secret to show. */
export function WebhookSecretDialog({ created, ...props }: Omit<SecretProps, "created"> & { created: CreatedWebhookEndpoint | null }) {
  return (
    <Dialog open={created !== null} onOpenChange={(open) => (open ? undefined : props.onDone())}>
      <DialogContent>{created ? <WebhookSecret created={created} {...props} /> : null}</DialogContent>
    </Dialog>
  );
}
