"use client";

import { PackageCheck } from "lucide-react";
import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { formatDate, formatDateTime } from "@/components/format/dates";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { describedBy, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { formatMoney } from "@/lib/billing/money";
import { ApiError, errorMessage } from "@/lib/http/client";
import { type Procurement, useConfirmReceipt } from "@/lib/procurement/hooks";

type Receipt = NonNullable<Procurement["receipt"]>;

/** The delivered order's receipt: its QR code (scan it at the bench) or its code, what arrived, and confirm. */
export function ReceiptCard({ order, receipt }: { order: Procurement; receipt: Receipt }) {
  const fromLink = useSearchParams().get("receipt");
  const [code, setCode] = useState(fromLink ?? "");
  const [quantities, setQuantities] = useState<Record<string, string>>(() =>
    Object.fromEntries(order.lines.map((l) => [l.sku, String(l.qty)])),
  );
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const confirm = useConfirmReceipt(order.id);
  const short = order.lines.some((line) => Number(quantities[line.sku]) < line.qty);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setErrors({});
    const received = order.lines.map((line) => ({ sku: line.sku, qty: Number(quantities[line.sku]) }));
    confirm.mutate(
      { code, received, note: note.trim() === "" ? undefined : note },
      {
        onSuccess: (result) =>
          toast.success("Receipt confirmed", { description: `${formatMoney(result.chargedCents, result.currency)} is charged.` }),
        onError: (error) => {
          if (error instanceof ApiError && error.details.length > 0) {
            setErrors(Object.fromEntries(error.details.map((d) => [d.path, d.message])));
          }
          toast.error("Could not confirm the receipt", { description: errorMessage(error) });
        },
      },
    );
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Confirm receipt</CardTitle>
        <CardDescription>
          Delivered {order.deliveredAt ? formatDate(order.deliveredAt) : ""}. Check the parcel, then confirm with the code below — or scan
          the QR code with a phone at the bench. The card is charged for what arrived. Without a confirmation, AeroSpec confirms it in full{" "}
          {order.autoConfirmDays} days after delivery.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6 sm:grid-cols-[10rem_minmax(0,1fr)]">
        <div className="grid content-start justify-items-center gap-2">
          {/* The SVG is drawn on the server by the qrcode library from the order's own link. */}
          <div
            role="img"
            aria-label={`QR code for receipt code ${receipt.code}`}
            className="size-40 [&_svg]:size-full"
            // biome-ignore lint/security/noDangerouslySetInnerHtml: server-generated QR SVG of our own URL
            dangerouslySetInnerHTML={{ __html: receipt.qrSvg }}
          />
          <p className="font-mono text-sm tracking-wider">{receipt.code}</p>
          <p className="text-center text-xs text-muted-foreground">Valid until {formatDateTime(receipt.expiresAt)}</p>
        </div>
        <form onSubmit={submit} noValidate className="grid content-start gap-4">
          <FormField id="receipt-code" label="Receipt code" error={errors.code}>
            <Input
              id="receipt-code"
              autoComplete="off"
              placeholder="XXXXX-XXXXX"
              value={code}
              aria-invalid={errors.code ? true : undefined}
              aria-describedby={describedBy("receipt-code", { error: errors.code })}
              onChange={(e) => setCode(e.target.value)}
            />
          </FormField>
          <fieldset className="grid gap-2">
            <legend className="mb-1 text-sm font-medium">Units that arrived in good order</legend>
            {order.lines.map((line) => (
              <div key={line.sku} className="flex items-center justify-between gap-3">
                <Label htmlFor={`received-${line.sku}`} className="font-mono text-xs font-normal">
                  {line.sku} <span className="font-sans text-muted-foreground">(ordered {line.qty})</span>
                </Label>
                <Input
                  id={`received-${line.sku}`}
                  className="w-24"
                  inputMode="numeric"
                  value={quantities[line.sku] ?? ""}
                  onChange={(e) => setQuantities({ ...quantities, [line.sku]: e.target.value })}
                />
              </div>
            ))}
          </fieldset>
          <FormField id="receipt-note" label={short ? "What was missing or damaged" : "Note (optional)"} error={errors.note}>
            <textarea
              id="receipt-note"
              rows={2}
              className="w-full rounded-md border border-input bg-background px-3 py-2 text-sm shadow-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
              value={note}
              aria-invalid={errors.note ? true : undefined}
              onChange={(e) => setNote(e.target.value)}
            />
          </FormField>
          <div>
            <Button type="submit" loading={confirm.isPending}>
              {confirm.isPending ? null : <PackageCheck aria-hidden="true" />}
              Confirm receipt
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
