"use client";

import { Check, Copy } from "lucide-react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { CreatedWebhookEndpoint } from "@/lib/webhooks/hooks";

type SecretProps = { created: CreatedWebhookEndpoint; title: string; rotated?: boolean; onDone: () => void };

/** An endpoint's signing secret with a copy button and how to verify with it; shown this once. */
export function WebhookSecret({ created, title, rotated = false, onDone }: SecretProps) {
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(created.secret);
      setCopied(true);
    } catch {
      // No clipboard (an insecure origin, a denied permission): the field stays selected for a manual copy.
      document.getElementById("webhook-secret")?.focus();
    }
  }

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
        <div className="grid gap-1.5">
          <Label htmlFor="webhook-secret">Signing secret</Label>
          <div className="flex gap-2">
            <Input
              id="webhook-secret"
              readOnly
              value={created.secret}
              className="font-mono text-xs"
              onFocus={(e) => e.currentTarget.select()}
            />
            <Button type="button" variant="outline" onClick={() => void copy()} aria-label="Copy the secret">
              {copied ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
              {copied ? "Copied" : "Copy"}
            </Button>
          </div>
        </div>
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
