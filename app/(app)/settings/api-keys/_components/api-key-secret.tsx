"use client";

import { Check, Copy } from "lucide-react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { CreatedApiKey } from "@/lib/api-keys/hooks";

/** The new key's secret, with a copy button and how to call the API with it. AeroSpec keeps only its hash. */
export function ApiKeySecret({ created, onDone }: { created: CreatedApiKey; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  const origin = typeof window === "undefined" ? "" : window.location.origin;

  async function copy() {
    try {
      await navigator.clipboard.writeText(created.secret);
      setCopied(true);
    } catch {
      // No clipboard (an insecure origin, a denied permission): the field stays selected for a manual copy.
      document.getElementById("api-key-secret")?.focus();
    }
  }

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
        <div className="grid gap-1.5">
          <Label htmlFor="api-key-secret">Secret key</Label>
          <div className="flex gap-2">
            <Input
              id="api-key-secret"
              readOnly
              value={created.secret}
              className="font-mono text-xs"
              onFocus={(e) => e.currentTarget.select()}
            />
            <Button type="button" variant="outline" onClick={() => void copy()} aria-label="Copy the key">
              {copied ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
              {copied ? "Copied" : "Copy"}
            </Button>
          </div>
        </div>
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
