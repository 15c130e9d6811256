"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { SecretField } from "@/components/ui/secret-field";
import type { CreatedApiKey } from "@/lib/api-keys/hooks";

/** The new key's secret, with a copy button and how to call the API with it. AeroSpec keeps only its hash. */
export function ApiKeySecret({ created, onDone }: { created: CreatedApiKey; onDone: () => void }) {
  const origin = typeof window === "undefined" ? "" : window.location.origin;

  return (
    <>
      <DialogHeader>
        <DialogTitle>Copy your new key</DialogTitle>
        <DialogDescription>“{created.apiKey.name}” is ready.</DialogDescription>
      </DialogHeader>
      <div className="grid gap-4">
        <Alert variant="warning" role="status">
          <p>
            This is the only time the key is shown. Store it in your system&apos;s secrets now; if it is lost, revoke it and create another.
          </p>
        </Alert>
        <SecretField id="api-key-secret" label="Secret key" value={created.secret} copyLabel="Copy the key" />
        <div className="grid gap-1.5 text-sm">
          <p className="font-medium">Try it</p>
          <pre className="overflow-x-auto rounded-md bg-muted p-3 text-xs">
            <code>{`curl -H "Authorization: Bearer ${created.apiKey.prefix}…" \\\n  ${origin}/api/configurations`}</code>
          </pre>
          <p className="text-xs text-muted-foreground">
            Send the key in the Authorization header. <code className="whitespace-nowrap">?api_key=</code> in the URL works too but is
            discouraged: URLs end up in browser histories and proxy logs.
          </p>
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
