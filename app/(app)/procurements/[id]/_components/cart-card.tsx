"use client";

import { Trash2 } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";
import { SUPPLIER_LABELS } from "@/components/format/catalog";
import { useUnsavedChangesWarning } from "@/components/hooks/use-unsaved-changes-warning";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { STICKY_FIRST_COLUMN, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatMoney } from "@/lib/billing/money";
import { ApiError, errorMessage } from "@/lib/http/client";
import { type Procurement, useUpdateProcurement } from "@/lib/procurement/hooks";
import { MAX_QUANTITY, ORDER_TYPES, type OrderType } from "@/lib/procurement/schemas";
import { OrderTotals } from "./order-totals";

const ORDER_TYPE_LABELS: Record<OrderType, string> = { sample: "Sample", pilot: "Pilot run", production: "Production" };

type Draft = { orderType: OrderType; lines: { sku: string; qty: string }[] };

function draftOf(procurement: Procurement): Draft {
  return { orderType: procurement.orderType, lines: procurement.lines.map((l) => ({ sku: l.sku, qty: String(l.qty) })) };
}

function quantityProblem(text: string): string | null {
  const qty = Number(text);
  if (text.trim() === "" || !Number.isInteger(qty)) return "Enter a whole number";
  if (qty < 1) return "At least 1";
  if (qty > MAX_QUANTITY) return `At most ${MAX_QUANTITY.toLocaleString("en-US")}`;
  return null;
}

/** The cart: lines and quantities, the order type and what it comes to. Editable until the order is paid for. */
export function CartCard({ procurement }: { procurement: Procurement }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(procurement));
  const [base, setBase] = useState(procurement.version);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const update = useUpdateProcurement(procurement.id);
  if (procurement.version !== base) {
    // The order changed elsewhere (a compare, another tab): start from what the server has now.
    setBase(procurement.version);
    setDraft(draftOf(procurement));
  }
  const saved = draftOf(procurement);
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
  useUnsavedChangesWarning(dirty);
  const editable = procurement.access.edit;
  const problems = draft.lines.map((line) => quantityProblem(line.qty));

  function setQty(index: number, qty: string) {
    setDraft({ ...draft, lines: draft.lines.map((line, i) => (i === index ? { ...line, qty } : line)) });
  }

  function save() {
    setServerErrors({});
    update.mutate(
      {
        version: procurement.version,
        orderType: draft.orderType,
        items: draft.lines.map((line) => ({ sku: line.sku, qty: Number(line.qty) })),
      },
      {
        onSuccess: () => toast.success("Order updated"),
        onError: (error) => {
          if (error instanceof ApiError) setServerErrors(Object.fromEntries(error.details.map((d) => [d.path, d.message])));
          toast.error("Could not update the order", { description: errorMessage(error) });
        },
      },
    );
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Actuators</CardTitle>
        <CardDescription>
          For{" "}
          <Link href={`/configurations/${procurement.configurationId}`} className="text-primary hover:underline">
            {procurement.configurationName ?? "a configuration"}
          </Link>
          {procurement.selectedSupplier
            ? `; priced as ${SUPPLIER_LABELS[procurement.selectedSupplier]} quoted.`
            : "; estimated from catalog prices until you choose a quote."}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <div className="grid max-w-xs gap-1.5">
          <Label htmlFor="order-type">Order type</Label>
          <Select
            id="order-type"
            value={draft.orderType}
            disabled={!editable}
            onChange={(e) => setDraft({ ...draft, orderType: e.target.value as OrderType })}
          >
            {ORDER_TYPES.map((type) => (
              <option key={type} value={type}>
                {ORDER_TYPE_LABELS[type]}
              </option>
            ))}
          </Select>
        </div>
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead className={STICKY_FIRST_COLUMN}>SKU</TableHead>
              <TableHead>Supplier</TableHead>
              <TableHead className="w-32">Quantity</TableHead>
              <TableHead className="text-right">Unit price</TableHead>
              <TableHead className="text-right">Line total</TableHead>
              {editable ? (
                <TableHead className="w-12">
                  <span className="sr-only">Remove</span>
                </TableHead>
              ) : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {draft.lines.map((line, index) => {
              const current = procurement.lines.find((l) => l.sku === line.sku);
              const problem = problems[index] ?? serverErrors[`items.${index}.qty`] ?? null;
              const inputId = `qty-${line.sku}`;
              return (
                <TableRow key={line.sku}>
                  <TableCell className={`${STICKY_FIRST_COLUMN} font-mono text-xs`}>
                    <Link href={`/catalog/actuators/${encodeURIComponent(line.sku)}`} className="text-primary hover:underline">
                      {line.sku}
                    </Link>
                  </TableCell>
                  <TableCell>{current ? SUPPLIER_LABELS[current.supplier] : "—"}</TableCell>
                  <TableCell>
                    {editable ? (
                      <div className="grid gap-1">
                        <Label htmlFor={inputId} className="sr-only">
                          Quantity of {line.sku}
                        </Label>
                        <Input
                          id={inputId}
                          inputMode="numeric"
                          value={line.qty}
                          aria-invalid={problem ? true : undefined}
                          aria-describedby={problem ? `${inputId}-error` : undefined}
                          onChange={(e) => setQty(index, e.target.value)}
                        />
                        {problem ? (
                          <p id={`${inputId}-error`} className="text-xs text-destructive">
                            {problem}
                          </p>
                        ) : null}
                      </div>
                    ) : (
                      line.qty
                    )}
                  </TableCell>
                  <TableCell className="text-right tabular-nums">
                    {current ? formatMoney(current.unitPriceCents, procurement.currency) : "—"}
                  </TableCell>
                  <TableCell className="text-right tabular-nums">
                    {current && String(current.qty) === line.qty ? formatMoney(current.lineTotalCents, procurement.currency) : "—"}
                  </TableCell>
                  {editable ? (
                    <TableCell>
                      <Button
                        type="button"
                        variant="ghost"
                        size="icon"
                        aria-label={`Remove ${line.sku}`}
                        disabled={draft.lines.length === 1}
                        title={draft.lines.length === 1 ? "An order needs one line; cancel the order instead" : undefined}
                        onClick={() => setDraft({ ...draft, lines: draft.lines.filter((_, i) => i !== index) })}
                      >
                        <Trash2 className="size-4" aria-hidden="true" />
                      </Button>
                    </TableCell>
                  ) : null}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
        <OrderTotals procurement={procurement} />
        {editable ? (
          <div className="flex flex-wrap items-center gap-3">
            <Button type="button" onClick={save} disabled={!dirty || update.isPending || problems.some(Boolean)}>
              {update.isPending ? "Saving…" : "Save changes"}
            </Button>
            {dirty ? (
              <>
                <Button type="button" variant="ghost" onClick={() => setDraft(saved)}>
                  Discard
                </Button>
                <p className="text-sm text-muted-foreground">Saving new quantities drops the quotes taken for the old ones.</p>
              </>
            ) : null}
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}
