"use client";

import { Download, Loader2 } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { apiDownload, errorMessage } from "@/lib/http/client";

/** Downloads every active configuration as CSV; a spent daily export allowance shows as a toast. */
export function ExportButton() {
  const [busy, setBusy] = useState(false);

  async function download() {
    setBusy(true);
    try {
      const { blob, filename } = await apiDownload("/api/configurations/export");
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = filename ?? "aerospec-configurations.csv";
      link.click();
      URL.revokeObjectURL(url);
      toast.success("Configurations exported");
    } catch (error) {
      toast.error("Could not export", { description: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button variant="outline" onClick={download} disabled={busy}>
      {busy ? <Loader2 className="animate-spin" aria-hidden="true" /> : <Download aria-hidden="true" />}
      Export CSV
    </Button>
  );
}
