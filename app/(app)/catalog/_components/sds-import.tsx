"use client";

import { FileText } from "lucide-react";
import { useId, useRef } from "react";
import { Button } from "@/components/ui/button";
import { type SdsImport as SdsResult, useImportSds } from "@/lib/catalog/hooks";
import { errorMessage } from "@/lib/http/client";

type SdsValue = SdsResult["values"][number];

/** Under a field: the sheet's own words for the value put in it, or that the sheet did not give one. */
export function SdsSource({ value, optional }: { value: SdsValue | undefined; optional?: string }) {
  if (!value) return <>{optional ? `${optional}: not found in the sheet.` : "Not found in the sheet: enter it."}</>;
  return (
    <>
      {value.value === null ? "The sheet gives no value: " : "From the sheet: "}
      <q className="font-medium text-foreground">{value.source}</q>
      {value.note ? <span className="block">{value.note}</span> : null}
    </>
  );
}

/** Upload a safety data sheet (PDF); its section 9 fills the form for the person to confirm or correct. */
export function SdsImport({ onRead, read }: { onRead: (result: SdsResult) => void; read: SdsResult | null }) {
  const importSds = useImportSds();
  const input = useRef<HTMLInputElement>(null);
  const statusId = useId();

  async function onFile(file: File | undefined) {
    if (!file) return;
    try {
      onRead(await importSds.mutateAsync(file));
    } catch {
      // The message is shown below the button.
    } finally {
      if (input.current) input.current.value = "";
    }
  }

  return (
    <div className="grid gap-2 rounded-md border border-dashed p-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-muted-foreground">Have the supplier&apos;s safety data sheet? Read its section 9 instead of typing.</p>
        <Button type="button" variant="outline" size="sm" loading={importSds.isPending} onClick={() => input.current?.click()}>
          <FileText aria-hidden="true" />
          Import from SDS
        </Button>
        <input
          ref={input}
          type="file"
          accept="application/pdf,.pdf"
          className="sr-only"
          aria-label="Safety data sheet (PDF)"
          aria-describedby={statusId}
          tabIndex={-1}
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </div>
      <p id={statusId} className="text-xs text-muted-foreground" aria-live="polite">
        {importSds.isPending ? "Reading the sheet…" : null}
        {!importSds.isPending && read && !importSds.isError
          ? `Read from ${read.filename}${read.section9Found ? "" : " (no section 9 heading found: the whole sheet was read)"}. Check each value against the sheet's words below, correct what is wrong, then add the fluid.`
          : null}
      </p>
      {importSds.isError ? (
        <p role="alert" className="text-xs font-medium text-destructive">
          Could not read the sheet: {errorMessage(importSds.error)}
        </p>
      ) : null}
    </div>
  );
}
